/** Steps 3–6: choose three statements, what the child and parents will notice, what it takes, and the plan. */
import { formatNumber, type StatementStats } from '../../lib/spindelvaev/aggregate';
import { CHOICES } from '../../lib/spindelvaev/choice';
import { MAX_TEXT } from '../../lib/spindelvaev/format';
import type { PlanItem, SpindelDoc, Statement } from '../../lib/spindelvaev/model';

interface ChooseProps { uid: string; statements: Statement[]; statById: Record<string, StatementStats>; disagree: string[]; chosen: string[]; error: string; onToggle: (id: string) => void }

export function StepChoose({ uid, statements, statById, disagree, chosen, error, onToggle }: ChooseProps) {
  return (
    <fieldset className="sv-choose">
      <legend>Vælg præcis {CHOICES} udsagn, I vil udvikle jer på</legend>
      <p className="meta" aria-live="polite">Valgt: {chosen.length} af {CHOICES}.</p>
      <ul>
        {statements.map((s) => {
          const st = statById[s.id]!;
          return (
            <li key={s.id}>
              <input type="checkbox" id={`${uid}-choose-${s.id}`} checked={chosen.includes(s.id)} onChange={() => onToggle(s.id)} />{' '}
              <label htmlFor={`${uid}-choose-${s.id}`}>
                <span className="sv-num">{s.number}</span> {s.text}{' '}
                <span className="hint">({st.mean === null ? 'ikke vurderet' : `gennemsnit ${formatNumber(st.mean)}`}{disagree.includes(s.id) ? ', størst uenighed' : ''})</span>
              </label>
            </li>
          );
        })}
      </ul>
      <p role="alert" className="error-text sv-choice-error">{error}</p>
    </fieldset>
  );
}

export function ChosenReminder({ chosen }: { chosen: Statement[] }) {
  if (!chosen.length) return <p className="island-alert">I har ikke valgt tre udsagn endnu (trin 3).</p>;
  return (
    <div className="sv-reminder">
      <p className="meta">Jeres tre udsagn:</p>
      <ol>{chosen.map((s) => <li key={s.id}><span className="sv-num">{s.number}</span> {s.text}</li>)}</ol>
    </div>
  );
}

interface TextProps { uid: string; step: 4 | 5; doc: SpindelDoc; chosen: Statement[]; onText: (field: 'noticed' | 'requires', value: string) => void }

export function StepText({ uid, step, doc, chosen, onText }: TextProps) {
  const field = step === 4 ? 'noticed' : 'requires';
  return (
    <>
      <ChosenReminder chosen={chosen} />
      <div className="field">
        <label htmlFor={`${uid}-text${step}`}>{step === 4 ? 'Det vil barnet/den unge og forældrene opleve, at vi gør anderledes' : 'Det skal der til'}</label>
        <textarea id={`${uid}-text${step}`} rows={6} maxLength={MAX_TEXT} value={doc[field]} onChange={(e) => onText(field, e.target.value)} />
      </div>
    </>
  );
}

interface PlanProps { uid: string; plan: PlanItem[]; chosen: Statement[]; onAdd: () => void; onChange: (id: string, patch: Partial<Omit<PlanItem, 'id'>>) => void; onRemove: (id: string, index: number) => void }

export function StepPlan({ uid, plan, chosen, onAdd, onChange, onRemove }: PlanProps) {
  return (
    <>
      <ChosenReminder chosen={chosen} />
      {plan.length === 0 && <p className="hint">Skriv hvad I vil gøre, hvem der gør det, og hvornår.</p>}
      <ol className="sv-plan">
        {plan.map((p, i) => (
          <li key={p.id}>
            <fieldset>
              <legend>Punkt {i + 1} i planen</legend>
              <div className="field">
                <label htmlFor={`${uid}-what-${p.id}`}>Hvad</label>
                <textarea id={`${uid}-what-${p.id}`} rows={2} maxLength={MAX_TEXT} value={p.what} onChange={(e) => onChange(p.id, { what: e.target.value })} />
              </div>
              <div className="sv-plan__row">
                <div className="field">
                  <label htmlFor={`${uid}-who-${p.id}`}>Hvem</label>
                  <input id={`${uid}-who-${p.id}`} type="text" maxLength={500} value={p.who} onChange={(e) => onChange(p.id, { who: e.target.value })} />
                </div>
                <div className="field">
                  <label htmlFor={`${uid}-when-${p.id}`}>Hvornår</label>
                  <input id={`${uid}-when-${p.id}`} type="text" maxLength={200} value={p.when} onChange={(e) => onChange(p.id, { when: e.target.value })} placeholder="fx uge 12" />
                </div>
              </div>
              <button type="button" className="button button--danger sv-small" onClick={() => onRemove(p.id, i)}>Fjern punkt {i + 1}</button>
            </fieldset>
          </li>
        ))}
      </ol>
      <button type="button" className="button" onClick={onAdd}>Tilføj et punkt til planen</button>
    </>
  );
}
