/** Step 2: the team's numbers per statement with a note field each, and the list of participants. */
import { formatNumber, type StatementStats } from '../../lib/spindelvaev/aggregate';
import { DISAGREEMENT_MIN_SPREAD } from '../../lib/spindelvaev/aggregate';
import { participantLabel, type Participant, type Statement } from '../../lib/spindelvaev/model';
import { MAX_TEXT } from '../../lib/spindelvaev/format';

interface Props {
  uid: string;
  statements: Statement[];
  statById: Record<string, StatementStats>;
  disagree: string[];
  participants: Participant[];
  notes: Record<string, string>;
  showSpread: boolean;
  onNote: (statementId: string, text: string) => void;
  onRemove: (id: string, label: string) => void;
}

export function StepDiscuss({ uid, statements, statById, disagree, participants, notes, showSpread, onNote, onRemove }: Props) {
  const rated = participants.filter((p) => Object.keys(p.ratings).length > 0);
  const numberOf = (id: string) => statements.find((s) => s.id === id)?.number ?? id;
  return (
    <>
      {rated.length === 0 ? (
        <p className="island-alert">Ingen har vurderet endnu. Start i trin 1.</p>
      ) : (
        <p>
          {rated.length === 1 ? 'Én deltager har vurderet.' : `${rated.length} deltagere har vurderet: ${rated.map((p) => participantLabel(p, participants.indexOf(p))).join(', ')}.`}{' '}
          {showSpread && (disagree.length ? `I er mest uenige om ${disagree.length === 1 ? 'udsagn' : 'udsagnene'} ${disagree.map(numberOf).join(', ')} – start gerne dialogen dér.` : `I er ret enige: ingen udsagn har en spredning på ${DISAGREEMENT_MIN_SPREAD} point eller mere.`)}
        </p>
      )}
      <ul className="sv-notes">
        {statements.map((s) => {
          const st = statById[s.id]!;
          const hot = disagree.includes(s.id);
          return (
            <li key={s.id} className={hot ? 'sv-hot' : undefined}>
              <p className="sv-notes__head"><span className="sv-num">{s.number}</span> {s.text}</p>
              <p className="meta">
                {hot && <strong className="sv-badge">Størst uenighed</strong>}{' '}
                {st.n === 0 ? 'Ikke vurderet.' : `Gennemsnit ${formatNumber(st.mean)}${st.n > 1 ? `, spredning ${st.min}–${st.max}` : ''} (${st.n} ${st.n === 1 ? 'vurdering' : 'vurderinger'}).`}
              </p>
              <label htmlFor={`${uid}-note-${s.id}`} className="visually-hidden">Noter til udsagn {s.number}</label>
              <textarea id={`${uid}-note-${s.id}`} rows={2} value={notes[s.id] ?? ''} onChange={(e) => onNote(s.id, e.target.value)} placeholder="Hvad ligger bag jeres vurderinger?" maxLength={MAX_TEXT} />
            </li>
          );
        })}
      </ul>
      {participants.length > 0 && (
        <details className="sv-team">
          <summary>Deltagere ({participants.length})</summary>
          <ul className="sv-people">
            {participants.map((p, i) => (
              <li key={p.id}>
                {participantLabel(p, i)} <span className="meta">({Object.keys(p.ratings).length} af {statements.length} udsagn vurderet)</span>{' '}
                <button type="button" className="button button--danger sv-small" onClick={() => onRemove(p.id, participantLabel(p, i))}>Fjern<span className="visually-hidden"> {participantLabel(p, i)}</span></button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
