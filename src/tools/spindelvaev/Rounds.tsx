/** «Løbende evaluering»: save the assessment as a dated round, start a new one, delete rounds. */
import { useState } from 'react';
import { isoDayDa } from '../../lib/dates';
import { MAX_NAME } from '../../lib/spindelvaev/format';
import { roundLabel } from '../../lib/spindelvaev/rounds';
import type { Round } from '../../lib/spindelvaev/model';

interface Props {
  uid: string;
  evaluation: string[];
  rounds: Round[];
  canStartNew: boolean;
  onSave: (date: string, label: string) => boolean;
  onStartNew: () => void;
  onDelete: (id: string, label: string) => void;
}


export function Rounds({ uid, evaluation, rounds, canStartNew, onSave, onStartNew, onDelete }: Props) {
  const [date, setDate] = useState(() => isoDayDa());
  const [name, setName] = useState('');
  return (
    <section className="sv-rounds" aria-labelledby={`${uid}-rounds`} data-no-print>
      <h3 id={`${uid}-rounds`}>Løbende evaluering: gem runder over tid</h3>
      {evaluation.map((t) => <p key={t} className="sv-steptext">{t}</p>)}
      <div className="sv-plan__row">
        <div className="field">
          <label htmlFor={`${uid}-rdate`}>Rundens dato</label>
          <input id={`${uid}-rdate`} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${uid}-rname`}>Navn <span className="hint">(valgfrit, fx «Start» eller «Efter et halvt år»)</span></label>
          <input id={`${uid}-rname`} type="text" maxLength={MAX_NAME} value={name} onChange={(e) => setName(e.target.value)} />
        </div>
      </div>
      <p className="island-row">
        <button type="button" className="button button--primary" onClick={() => { if (onSave(date, name)) setName(''); }}>Gem vurderingen som runde</button>
        <button type="button" className="button" onClick={onStartNew} disabled={!canStartNew}>Start en ny vurdering</button>
      </p>
      {rounds.length > 0 && (
        <ul className="sv-roundlist">
          {rounds.map((r) => (
            <li key={r.id}>
              {roundLabel(r)} <span className="meta">– {r.participants} {r.participants === 1 ? 'deltager' : 'deltagere'}</span>{' '}
              <button type="button" className="button button--danger sv-small" onClick={() => onDelete(r.id, roundLabel(r))}>Slet<span className="visually-hidden"> {roundLabel(r)}</span></button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
