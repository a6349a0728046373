/**
 * Choosing, creating, renaming and deleting journeys. Each change is a named operation from
 * src/lib/borgerrejse/operations, handed to `onChange` with the message to show.
 */
import { useRef, useState, type ReactNode } from 'react';
import { createJourney, deleteJourney, renameJourney, restoreJourney, selectJourney } from '../../lib/borgerrejse/operations';
import type { BorgerrejseDoc, Journey } from '../../lib/borgerrejse/model';
import { newId } from '../../lib/ids';
import { countDa } from '../../lib/plural';
import { NameForm } from './forms';
import { shown } from './labels';

export type FocusAfter = 'add' | 'journey';

interface Props {
  doc: BorgerrejseDoc;
  journey: Journey | null;
  /** Applies a change and says what happened; `undo` makes «Fortryd» possible. */
  onChange: (change: (d: BorgerrejseDoc) => BorgerrejseDoc, message: string, focus: FocusAfter, undo?: (d: BorgerrejseDoc) => BorgerrejseDoc) => void;
  /** The message for the last journey action, shown under the bar. */
  notice: ReactNode;
}

const events = (n: number) => countDa(n, 'begivenhed', 'begivenheder');

export function JourneyBar({ doc, journey, onChange, notice }: Props) {
  const [form, setForm] = useState<'new' | 'rename' | null>(null);
  const selectRef = useRef<HTMLSelectElement>(null);

  const create = (name: string) => {
    const id = newId('r');
    onChange((prev) => createJourney(prev, name, id), `Rejsen «${shown(name.trim())}» er oprettet.`, 'add');
  };

  const remove = () => {
    if (!journey) return;
    if (!window.confirm(`Vil du slette rejsen «${shown(journey.name)}» med ${events(journey.events.length)}? Du kan fortryde lige bagefter.`)) return;
    const index = doc.journeys.findIndex((x) => x.id === journey.id);
    const removed = journey;
    setForm(null);
    onChange((prev) => deleteJourney(prev, removed.id), `Rejsen «${shown(removed.name)}» er slettet.`, 'journey', (prev) => restoreJourney(prev, removed, index));
  };

  if (doc.journeys.length === 0) {
    return (
      <div className="br-journeys" data-no-print>
        <h3>Start en ny rejse</h3>
        <NameForm submitLabel="Opret rejse" onSubmit={create} />
        {notice}
      </div>
    );
  }

  return (
    <div className="br-journeys" data-no-print>
      <div className="island-row br-journeys__bar">
        <div className="field br-journeys__select">
          <label htmlFor="br-journey-select">Rejse</label>
          <select
            id="br-journey-select" ref={selectRef} value={doc.activeId ?? ''}
            onChange={(e) => {
              const id = e.target.value;
              setForm(null);
              onChange((prev) => selectJourney(prev, id), `Rejsen «${shown(doc.journeys.find((x) => x.id === id)?.name ?? '')}» er valgt.`, 'journey');
            }}
          >
            {doc.journeys.map((x) => <option key={x.id} value={x.id}>{shown(x.name)} ({events(x.events.length)})</option>)}
          </select>
        </div>
        <button type="button" className="button" aria-expanded={form === 'new'} onClick={() => setForm(form === 'new' ? null : 'new')}>Ny rejse</button>
        <button type="button" className="button" aria-expanded={form === 'rename'} onClick={() => setForm(form === 'rename' ? null : 'rename')}>Omdøb</button>
        <button type="button" className="button button--danger" onClick={remove}>Slet rejsen</button>
      </div>
      {form && (
        <NameForm
          key={form} initial={form === 'rename' ? journey?.name : ''} submitLabel={form === 'new' ? 'Opret rejse' : 'Gem navn'}
          onCancel={() => { setForm(null); requestAnimationFrame(() => selectRef.current?.focus()); }}
          onSubmit={(name) => {
            if (form === 'new') create(name);
            else if (journey) { const id = journey.id; onChange((prev) => renameJourney(prev, id, name), `Rejsen hedder nu «${shown(name.trim())}».`, 'journey'); }
            setForm(null);
          }}
        />
      )}
      {notice}
    </div>
  );
}
