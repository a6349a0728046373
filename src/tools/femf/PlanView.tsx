/** Plan: total time, the split across the five phases, the theme and the groups. */
import { useId, useState } from 'react';
import { balanceOthers, checkPlan, defaultPlan, formatMinutes, parseMinutes, totalChoices, totalFromPhases, withPhase, withTotal, type Bounds } from '../../lib/femf/plan';
import { LIMITS, emptyGroup, type Session } from '../../lib/femf/document';
import { addGroup, canAddGroup, removeGroup, renameGroup, restoreGroup, setPlan as setSessionPlan, setSessionTheme } from '../../lib/femf/edit';
import { useFocusAfterRender } from './hooks';
import type { Announce, PhaseContent } from './types';

interface Props {
  session: Session;
  phases: PhaseContent[];
  bounds: Bounds;
  onChange: (fn: (s: Session) => Session) => void;
  announce: Announce;
}

function MinutesField({ id, label, value, max, problem, onValid }: { id: string; label: string; value: number; max: number; problem?: string; onValid: (n: number) => void }) {
  const [draft, setDraft] = useState(String(value));
  const [error, setError] = useState<string | null>(null);
  // When the plan changes from outside (a button, another window), show the new value unless the draft already says it.
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    const p = parseMinutes(draft);
    if (!(p.ok && p.value === value)) { setDraft(String(value)); setError(null); }
  }
  const message = error ?? problem;
  return (
    <div className="femf-minutes">
      <label htmlFor={id}>{label}</label>
      <span className="femf-minutes__input">
        <input
          id={id}
          type="text"
          inputMode="numeric"
          size={5}
          value={draft}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? `${id}-fejl` : undefined}
          data-max={max}
          onChange={(e) => {
            setDraft(e.target.value);
            const p = parseMinutes(e.target.value);
            if (p.ok) { setError(null); onValid(p.value); } else setError(p.error);
          }}
        />
        <span aria-hidden="true">min</span>
      </span>
      {message && <p id={`${id}-fejl`} className="error-text femf-minutes__error"><span aria-hidden="true">⚠ </span>{message}</p>}
    </div>
  );
}

export function PlanView({ session, phases, bounds, onChange, announce }: Props) {
  const uid = useId();
  const focusLater = useFocusAfterRender();
  const [lastEdited, setLastEdited] = useState(0);
  const { plan } = session;
  const names = phases.map((p) => p.navn);
  const problems = checkPlan(plan, bounds, names);
  const sumProblem = problems.find((p) => p.field === 'sum');
  const totalProblem = problems.find((p) => p.field === 'total');
  const sum = plan.phases.reduce((a, b) => a + b, 0);
  const choices = totalChoices(bounds);
  const balanced = sumProblem ? balanceOthers(plan, lastEdited) : null;
  const sumAsTotal = sumProblem && sum >= bounds.minTimer * 60 && sum <= bounds.maxTimer * 60 ? totalFromPhases(plan) : null;
  const examples = phases[0]?.eksempler ?? [];

  const setPlan = (fn: (p: typeof plan) => typeof plan) => onChange((s) => setSessionPlan(s, fn));

  const remove = (id: string) => {
    const { removed } = removeGroup(session, id);
    const row = removed.row;
    if (!row) return;
    onChange((s) => removeGroup(s, id).session);
    const next = removed.rows[Math.min(removed.index, removed.rows.length - 1)];
    focusLater(next ? `${uid}-gruppe-${next.id}` : `${uid}-ny-gruppe`);
    announce(`Gruppen «${row.name || 'uden navn'}» er fjernet.`, () => onChange((s) => restoreGroup(s, removed)));
  };

  return (
    <div className="femf-plan">
      <h3>Planlæg forløbet</h3>
      <fieldset className="femf-fieldset">
        <legend>Tid</legend>
        <div className="field">
          <label htmlFor={`${uid}-total`}>Samlet tid <span className="hint">(metoden tager fra {formatMinutes(bounds.minTimer * 60)} til {formatMinutes(bounds.maxTimer * 60)})</span></label>
          <select
            id={`${uid}-total`}
            value={choices.includes(plan.totalMinutes) ? plan.totalMinutes : ''}
            onChange={(e) => {
              const total = Number(e.target.value);
              setPlan((p) => withTotal(p, total));
              announce(`Den samlede tid er ${formatMinutes(total)}. Faserne er fordelt forholdsmæssigt.`);
            }}
          >
            {!choices.includes(plan.totalMinutes) && <option value="">{formatMinutes(plan.totalMinutes)} (uden for metodens ramme)</option>}
            {choices.map((m) => <option key={m} value={m}>{formatMinutes(m)}</option>)}
          </select>
          {totalProblem && <p className="error-text"><span aria-hidden="true">⚠ </span>{totalProblem.message}</p>}
        </div>
        <p className="hint" id={`${uid}-faser-hint`}>Minutter pr. fase. Forslaget giver Forstå mest tid; ret frit, så længe faserne tilsammen giver den samlede tid.</p>
        <div className="femf-phase-times">
          {phases.map((ph, i) => {
            const share = plan.totalMinutes > 0 ? Math.min(100, (plan.phases[i]! / plan.totalMinutes) * 100) : 0;
            return (
              <div key={ph.id} className="femf-phase-time">
                <MinutesField
                  id={`${uid}-fase-${ph.id}`}
                  label={`${i + 1}. ${ph.navn}`}
                  value={plan.phases[i]!}
                  max={plan.totalMinutes}
                  problem={problems.find((p) => p.field === i)?.message}
                  onValid={(n) => { setLastEdited(i); setPlan((p) => withPhase(p, i, n)); }}
                />
                <span className="femf-bar" aria-hidden="true"><span style={{ width: `${share}%` }} /></span>
              </div>
            );
          })}
        </div>
        <div role="status" className={`femf-plan-status ${sumProblem ? 'femf-plan-status--error' : ''}`}>
          {sumProblem ? (
            <p><span aria-hidden="true">⚠ </span><strong>Tidsplanen går ikke op.</strong> {sumProblem.message}</p>
          ) : problems.length === 0 ? (
            <p><span aria-hidden="true">✓ </span>Tidsplanen går op: {formatMinutes(plan.totalMinutes)} fordelt på fem faser.</p>
          ) : (
            <p><span aria-hidden="true">⚠ </span>Ret de markerede tider.</p>
          )}
        </div>
        <div className="island-row">
          {balanced && (
            <button type="button" className="button" onClick={() => { setPlan(() => balanced); announce(`De andre faser er tilpasset, så de tilsammen giver ${formatMinutes(plan.totalMinutes)}.`); }}>
              Tilpas de andre faser (behold {names[lastEdited]} på {formatMinutes(plan.phases[lastEdited]!)})
            </button>
          )}
          {sumAsTotal && (
            <button type="button" className="button" onClick={() => { setPlan(() => sumAsTotal); announce(`Den samlede tid er nu ${formatMinutes(sumAsTotal.totalMinutes)}.`); }}>
              Brug summen som samlet tid ({formatMinutes(sum)})
            </button>
          )}
          <button type="button" className="button" onClick={() => {
            const total = choices.includes(plan.totalMinutes) ? plan.totalMinutes : 180;
            setPlan(() => defaultPlan(total));
            announce(`Faserne har fået forslaget til ${formatMinutes(total)}.`);
          }}>Brug forslaget til fordeling</button>
        </div>
      </fieldset>

      <fieldset className="femf-fieldset">
        <legend>Tema (Fokuser)</legend>
        <div className="field">
          <label htmlFor={`${uid}-tema`}>Sessionens tema</label>
          <span className="hint" id={`${uid}-tema-hint`}>Vises på projektoren. {examples.length > 0 && <>Fx {examples.join(', ')}.</>}</span>
          <input id={`${uid}-tema`} type="text" list={`${uid}-tema-forslag`} maxLength={LIMITS.text} aria-describedby={`${uid}-tema-hint`} value={session.theme} onChange={(e) => { const theme = e.target.value; onChange((s) => setSessionTheme(s, theme)); }} />
          <datalist id={`${uid}-tema-forslag`}>{examples.map((x) => <option key={x} value={x} />)}</datalist>
        </div>
      </fieldset>

      <fieldset className="femf-fieldset">
        <legend>Grupper</legend>
        <p className="hint">Arbejder I i plenum, så behold én gruppe. Hver gruppe noterer for sig, og opsamlingen samler grupperne.</p>
        <ul className="femf-groups">
          {session.groups.map((g, i) => (
            <li key={g.id} className="island-row">
              <label htmlFor={`${uid}-gruppe-${g.id}`} className="visually-hidden">Navn på gruppe {i + 1}</label>
              <input id={`${uid}-gruppe-${g.id}`} type="text" maxLength={LIMITS.shortText} value={g.name} onChange={(e) => { const name = e.target.value; onChange((s) => renameGroup(s, g.id, name)); }} />
              {session.groups.length > 1 && <button type="button" className="button button--danger" onClick={() => remove(g.id)}>Fjern<span className="visually-hidden"> gruppen {g.name || `${i + 1}`}</span></button>}
            </li>
          ))}
        </ul>
        <button type="button" id={`${uid}-ny-gruppe`} className="button" disabled={!canAddGroup(session)} onClick={() => {
          const g = emptyGroup(`Gruppe ${session.groups.length + 1}`);
          onChange((s) => addGroup(s, g));
          focusLater(`${uid}-gruppe-${g.id}`);
          announce(`${g.name} er tilføjet.`);
        }}>Tilføj gruppe</button>
      </fieldset>
    </div>
  );
}
