/**
 * The citizen journey (borgerrejse) island: several named journeys, each a timeline of events with green
 * and red experience notes, guidance from the method, a summary for reflection, print and data controls.
 * Thin UI over src/lib/borgerrejse; guidance text comes from content/metodedata/borgerrejse.yaml.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import '../shared/island.css';
import './borgerrejse.css';
import './borgerrejse.print.css';
import { usePersistentDocument } from '../shared/usePersistentDocument';
import { DataControls } from '../shared/DataControls';
import { borgerrejseFormat, LIMITS, type BorgerrejseDoc } from '../../lib/borgerrejse/model';
import {
  activeJourney, addEvent, addNote, createJourney, deleteEvent, deleteJourney, deleteNote, findNote, mapJourney,
  mergeImport, moveEventTo, renameJourney, selectJourney, updateEvent, updateNote,
} from '../../lib/borgerrejse/operations';
import { Timeline, type TimelineAction } from './Timeline';
import { EventForm, NameForm } from './forms';
import { Summary } from './Summary';
import { PrintView } from './PrintView';
import { ExperienceIcon, IconEvent } from './icons';
import { KIND_LABEL, plural } from './labels';

export interface Guide {
  farver: { id: 'gul' | 'groen' | 'roed'; betydning: string }[];
  interviewspoergsmaal: string[];
  aabneSpoergsmaal: string[];
}

interface Undo { apply: (d: BorgerrejseDoc) => BorgerrejseDoc }

function GuidePanel({ guide }: { guide: Guide }) {
  const label = { gul: 'Gul: begivenhed', groen: 'Grøn: godt', roed: 'Rød: dårligt' } as const;
  return (
    <details className="br-guide" open>
      <summary>Spørgsmål og farver fra metoden</summary>
      <div className="br-guide__body">
        <div>
          <h4>Spørg undervejs</h4>
          <ul>{guide.interviewspoergsmaal.map((q) => <li key={q}>{q}</li>)}</ul>
          <h4>Åbne spørgsmål</h4>
          <ul>{guide.aabneSpoergsmaal.map((q) => <li key={q}>{q}</li>)}</ul>
        </div>
        <dl className="br-guide__colours">
          {guide.farver.map((f) => (
            <div key={f.id} className={`br-guide__colour br-note--${f.id}`}>
              <dt>{f.id === 'gul' ? <IconEvent /> : <ExperienceIcon kind={f.id} />} {label[f.id]}</dt>
              <dd>{f.betydning}</dd>
            </div>
          ))}
        </dl>
      </div>
    </details>
  );
}

export default function Borgerrejse({ guide }: { guide: Guide }) {
  const doc = usePersistentDocument(borgerrejseFormat);
  const { update } = doc;
  const [message, setMessage] = useState<{ text: string; n: number } | null>(null);
  const [undo, setUndo] = useState<Undo | null>(null);
  const [journeyForm, setJourneyForm] = useState<'new' | 'rename' | null>(null);
  const rootRef = useRef<HTMLElement>(null);
  const addTextRef = useRef<HTMLTextAreaElement>(null);
  const dataRef = useRef(doc.data);
  dataRef.current = doc.data;
  const pendingFocus = useRef<string | null>(null);

  useEffect(() => {
    if (!pendingFocus.current) return;
    const el = rootRef.current?.querySelector<HTMLElement>(pendingFocus.current);
    pendingFocus.current = null;
    el?.focus();
  });

  const announce = useCallback((text: string, withUndo: Undo | null = null) => {
    setMessage((m) => ({ text, n: (m?.n ?? 0) + 1 }));
    setUndo(withUndo);
  }, []);

  const journey = activeJourney(doc.data);
  const eventHint = guide.interviewspoergsmaal[0];
  const noteHint = guide.interviewspoergsmaal[1] ?? guide.interviewspoergsmaal[0];

  const onAction = useCallback((a: TimelineAction) => {
    const d = dataRef.current;
    const j = activeJourney(d);
    if (!j) return;
    const jid = j.id;
    const inJourney = (fn: Parameters<typeof mapJourney>[2]) => update((prev) => mapJourney(prev, jid, fn));
    switch (a.type) {
      case 'editEvent': {
        inJourney((x) => moveEventTo(updateEvent(x, a.eventId, a.values), a.eventId, a.values.position - 1));
        announce(`Begivenhed ${a.values.position} er gemt.`);
        break;
      }
      case 'deleteEvent': {
        const index = j.events.findIndex((e) => e.id === a.eventId);
        const ev = j.events[index];
        if (!ev) return;
        inJourney((x) => deleteEvent(x, a.eventId));
        const next = j.events[index + 1] ?? j.events[index - 1];
        pendingFocus.current = next ? `[data-event-id="${next.id}"] [data-act="edit"]` : '#br-add textarea';
        announce(`Begivenhed ${index + 1} er slettet${ev.notes.length ? ` med ${plural(ev.notes.length, 'oplevelse', 'oplevelser')}` : ''}.`, {
          apply: (prev) => mapJourney(prev, jid, (x) => (x.events.some((e) => e.id === ev.id) ? x : { ...x, events: [...x.events.slice(0, index), ev, ...x.events.slice(index)] })),
        });
        break;
      }
      case 'moveEvent': {
        const from = j.events.findIndex((e) => e.id === a.eventId);
        if (from < 0) return;
        if (a.to < 0 || a.to >= j.events.length) {
          announce(`Begivenhed ${from + 1} er allerede ${a.to < 0 ? 'først' : 'sidst'} i tidslinjen.`);
          return;
        }
        inJourney((x) => moveEventTo(x, a.eventId, a.to));
        if (a.via === 'keyboard') pendingFocus.current = `[data-event-id="${a.eventId}"] [data-act="${a.to < from ? 'up' : 'down'}"]`;
        announce(`Begivenhed ${from + 1} er flyttet til plads ${a.to + 1}.`);
        break;
      }
      case 'addNote': {
        const n = j.events.findIndex((e) => e.id === a.eventId) + 1;
        inJourney((x) => addNote(x, a.eventId, a.kind, a.text));
        announce(`Oplevelsen «${KIND_LABEL[a.kind]}» er tilføjet ved begivenhed ${n}.`);
        break;
      }
      case 'editNote': {
        inJourney((x) => updateNote(x, a.noteId, { text: a.values.text, kind: a.values.kind, eventId: a.values.eventId }));
        const n = j.events.findIndex((e) => e.id === a.values.eventId) + 1;
        announce(`Oplevelsen ved begivenhed ${n} er gemt.`);
        break;
      }
      case 'deleteNote': {
        const found = findNote(j, a.noteId);
        if (!found) return;
        const { event, note } = found;
        const at = event.notes.findIndex((x) => x.id === note.id);
        inJourney((x) => deleteNote(x, a.noteId));
        announce(`Oplevelsen ved begivenhed ${found.index + 1} er slettet.`, {
          apply: (prev) => mapJourney(prev, jid, (x) => ({
            ...x,
            events: x.events.map((e) => (e.id === event.id && !e.notes.some((m) => m.id === note.id) ? { ...e, notes: [...e.notes.slice(0, at), note, ...e.notes.slice(at)] } : e)),
          })),
        });
        break;
      }
    }
  }, [update, announce]);

  const onDeleteJourney = () => {
    if (!journey) return;
    if (!window.confirm(`Vil du slette rejsen «${journey.name}» med ${plural(journey.events.length, 'begivenhed', 'begivenheder')}? Du kan fortryde lige bagefter.`)) return;
    const index = doc.data.journeys.findIndex((x) => x.id === journey.id);
    const removed = journey;
    update((prev) => deleteJourney(prev, removed.id));
    pendingFocus.current = '#br-journey-select, .br-form--name input';
    announce(`Rejsen «${removed.name}» er slettet.`, {
      apply: (prev) => (prev.journeys.some((x) => x.id === removed.id) ? prev : { journeys: [...prev.journeys.slice(0, index), removed, ...prev.journeys.slice(index)], activeId: removed.id }),
    });
  };

  const printAs = (mode: 'rejse' | 'ark') => {
    const html = document.documentElement;
    html.dataset.brPrint = mode;
    const done = () => { delete html.dataset.brPrint; window.removeEventListener('afterprint', done); };
    window.addEventListener('afterprint', done);
    window.print();
  };

  const full = journey ? journey.events.length >= LIMITS.events : false;

  return (
    <section ref={rootRef} className={`island br${journey && journey.events.length ? '' : ' br--empty'}`} aria-labelledby="br-title">
      <h2 id="br-title">Borgerrejsen</h2>
      <p className="br-privacy">
        <strong>Dine data bliver her.</strong> Det, du skriver, gemmes kun i denne browser på denne enhed og sendes ingen steder hen,
        medmindre du selv eksporterer en fil. Skriv ikke CPR-numre eller fulde navne: brug dæknavne.
      </p>

      {doc.loading ? (
        <p className="meta">Henter dine rejser …</p>
      ) : (
        <>
          <div className="br-journeys" data-no-print>
            {doc.data.journeys.length === 0 ? (
              <>
                <h3>Start en ny rejse</h3>
                <NameForm submitLabel="Opret rejse" onSubmit={(name) => { update((prev) => createJourney(prev, name)); announce(`Rejsen «${name.trim()}» er oprettet.`); pendingFocus.current = '#br-add textarea'; }} />
              </>
            ) : (
              <>
                <div className="island-row br-journeys__bar">
                  <div className="field br-journeys__select">
                    <label htmlFor="br-journey-select">Rejse</label>
                    <select
                      id="br-journey-select" value={doc.data.activeId ?? ''}
                      onChange={(e) => { const id = e.target.value; update((prev) => selectJourney(prev, id)); setJourneyForm(null); announce(`Rejsen «${doc.data.journeys.find((x) => x.id === id)?.name ?? ''}» er valgt.`); }}
                    >
                      {doc.data.journeys.map((x) => <option key={x.id} value={x.id}>{x.name} ({plural(x.events.length, 'begivenhed', 'begivenheder')})</option>)}
                    </select>
                  </div>
                  <button type="button" className="button" aria-expanded={journeyForm === 'new'} onClick={() => setJourneyForm(journeyForm === 'new' ? null : 'new')}>Ny rejse</button>
                  <button type="button" className="button" aria-expanded={journeyForm === 'rename'} onClick={() => setJourneyForm(journeyForm === 'rename' ? null : 'rename')}>Omdøb</button>
                  <button type="button" className="button button--danger" onClick={onDeleteJourney}>Slet rejsen</button>
                </div>
                {journeyForm && (
                  <NameForm
                    key={journeyForm} initial={journeyForm === 'rename' ? journey?.name : ''} submitLabel={journeyForm === 'new' ? 'Opret rejse' : 'Gem navn'}
                    onCancel={() => { setJourneyForm(null); pendingFocus.current = '#br-journey-select'; }}
                    onSubmit={(name) => {
                      if (journeyForm === 'new') { update((prev) => createJourney(prev, name)); announce(`Rejsen «${name.trim()}» er oprettet.`); pendingFocus.current = '#br-add textarea'; }
                      else if (journey) { update((prev) => renameJourney(prev, journey.id, name)); announce(`Rejsen hedder nu «${name.trim()}».`); pendingFocus.current = '#br-journey-select'; }
                      setJourneyForm(null);
                    }}
                  />
                )}
              </>
            )}
          </div>

          {journey && (
            <>
              <div data-no-print><GuidePanel guide={guide} /></div>
              <div className="br-timeline-head" data-no-print>
                <h3>Tidslinje for «{journey.name}»</h3>
                {journey.events.length > 3 && <a className="br-skip" href="#br-add">Gå til «Ny begivenhed»</a>}
              </div>
              <p className="hint" data-no-print>
                Begivenhederne står i rækkefølge. Flyt en begivenhed ved at trække i nummeret til venstre, med pilene ↑ ↓ eller ved at rette dens plads.
              </p>
              {journey.events.length === 0 && <p className="br-empty" data-no-print>Ingen begivenheder endnu. Skriv den første nedenfor.</p>}
              <div data-no-print><Timeline events={journey.events} onAction={onAction} eventHint={eventHint} noteHint={noteHint} /></div>
              <div id="br-add" className="br-add" data-no-print>
                <h4>Ny begivenhed</h4>
                {guide.aabneSpoergsmaal.length > 0 && (
                  <p className="hint br-add__open">Åbne spørgsmål undervejs: {guide.aabneSpoergsmaal.map((q) => `«${q}»`).join(' ')}</p>
                )}
                {full && <p className="error-text">Rejsen har {LIMITS.events} begivenheder, som er det højeste antal. Opret en ny rejse for at fortsætte.</p>}
                <EventForm
                  key={journey.id} mode="add" total={journey.events.length} hint={eventHint} textRef={addTextRef} disabled={full}
                  onSubmit={(v) => {
                    const jid = journey.id;
                    update((prev) => mapJourney(prev, jid, (x) => addEvent(x, v)));
                    announce(`Begivenhed ${journey.events.length + 1} er tilføjet.`);
                  }}
                />
              </div>
              <PrintView journey={journey} />
              <Summary journey={journey} />
              <div className="island-row br-print-buttons" data-no-print>
                <button type="button" className="button" onClick={() => printAs('rejse')} disabled={journey.events.length === 0}>Udskriv rejsen</button>
                <button type="button" className="button" onClick={() => printAs('ark')}>Udskriv tomt arbejdsark</button>
              </div>
            </>
          )}
        </>
      )}

      <div className={`br-status${message ? ' br-status--on' : ''}`} data-no-print>
        <p role="status" aria-live="polite" className="br-status__text">{message && <span key={message.n}>{message.text}</span>}</p>
        {undo && (
          <button type="button" className="button" onClick={() => { update(undo.apply); setUndo(null); announce('Det er fortrudt.'); }}>Fortryd</button>
        )}
        {message && <button type="button" className="br-btn" onClick={() => { setMessage(null); setUndo(null); }}>Luk<span className="visually-hidden"> beskeden</span></button>}
      </div>

      <DataControls
        format={borgerrejseFormat} doc={doc} deleteLabel="Slet alle rejser"
        confirmText="Vil du slette alle rejser i denne browser? Du kan fortryde lige bagefter."
        onImport={(imported) => {
          let result = { added: 0, skipped: 0 };
          update((prev) => { const r = mergeImport(prev, imported); result = r; return r.doc; });
          if (result.added === 0) return 'Filen er indlæst, men alle rejserne i den findes allerede. Intet er ændret.';
          return `Filen er indlæst: ${plural(result.added, 'rejse', 'rejser')} er lagt til dine rejser${result.skipped ? ` (${result.skipped} fandtes allerede)` : ''}.`;
        }}
      />
    </section>
  );
}
