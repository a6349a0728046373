/**
 * What the room sees: the phase, its questions, the clock and the points captured so far. The same markup in
 * the facilitator's «Kør» view and in the projector window (`audience`), where it fills the screen.
 */
import { describeClock, formatClock, isDone, isRunning, phaseElapsed, remaining, type Warning } from '../../lib/femf/timer';
import { formatMinutes } from '../../lib/femf/plan';
import { roomView } from '../../lib/femf/room';
import type { Session } from '../../lib/femf/document';
import type { PhaseContent } from './types';

const WARNING_LABEL = { none: '', soon: 'Snart tid', last: 'Sidste minut', over: 'Tiden er gået' } as const;

interface Props {
  session: Session;
  phases: PhaseContent[];
  now: number;
  level: Warning;
  warningText: string;
  headingId: string;
  /** 2 in the projector window (under its page heading), 3 inside the tool. */
  headingLevel: 2 | 3;
}

export function Stage({ session, phases, now, level, warningText, headingId, headingLevel }: Props) {
  const H = `h${headingLevel}` as 'h2';
  const H2 = `h${headingLevel + 1}` as 'h3';
  const t = session.timer;
  const done = isDone(t);
  const phase = phases[t.phaseIndex];
  const planned = session.plan.phases[t.phaseIndex] ?? 0;
  const left = remaining(t, session.plan.phases, now);
  const running = isRunning(t);
  const started = phaseElapsed(t, now) > 0;
  const room = roomView(session, t.phaseIndex);

  return (
    <div className="femf-stage" data-level={level}>
      <div className="femf-stage__phase">
        <p className="femf-stage__kicker">{done ? 'Alle fem faser er gennemført' : `Fase ${t.phaseIndex + 1} af ${phases.length}`}</p>
        <H id={headingId} className="femf-stage__name">{done ? 'Opsamling i plenum' : phase?.navn}</H>
        {session.theme.trim() && <p className="femf-stage__theme">Tema: {session.theme}</p>}
        {done ? (
          <p className="femf-stage__lead">Saml op på tværs af grupperne: guld, vision, mål og handleplan.</p>
        ) : phase && phase.spoergsmaal.length > 0 && (
          <ul className="femf-stage__questions" aria-label="Spørgsmål til fasen">
            {phase.spoergsmaal.map((q) => <li key={q}>{q}</li>)}
          </ul>
        )}
      </div>
      {!done && (
        <div className="femf-stage__clock-box">
          <p className="femf-stage__clock" role="timer" aria-live="off" aria-atomic="true">
            <span className="visually-hidden">{describeClock(left)}</span>
            <span aria-hidden="true" className="femf-stage__digits">{formatClock(left)}</span>
          </p>
          <p className="femf-stage__state">{running ? 'Tiden løber' : started ? 'På pause' : 'Ikke startet'} · {formatMinutes(planned)} planlagt</p>
          {level !== 'none' && (
            <p className={`femf-warning femf-warning--${level}`}>
              <span className="femf-warning__label">⚠ {WARNING_LABEL[level]}:</span> {warningText}
            </p>
          )}
        </div>
      )}
      {room.points.length > 0 && (
        <section className="femf-stage__points" aria-labelledby={`${headingId}-punkter`}>
          <H2 id={`${headingId}-punkter`} className="femf-stage__points-title">Det, I har noteret</H2>
          <ul>
            {room.points.map((p) => <li key={p.key}>{p.group && <span className="femf-stage__group">{p.group}: </span>}{p.text}</li>)}
          </ul>
          {room.more > 0 && <p className="femf-stage__more">… og {room.more} {room.more === 1 ? 'punkt mere' : 'punkter mere'} i værktøjet.</p>}
        </section>
      )}
      <ol className="femf-steps" aria-label="Faserne">
        {phases.map((p, i) => {
          const used = phaseElapsed(t, now, i);
          const state = i === t.phaseIndex ? 'current' : i < t.phaseIndex ? 'done' : 'next';
          return (
            <li key={p.id} className={`femf-step femf-step--${state}`} aria-current={state === 'current' ? 'step' : undefined}>
              <span className="femf-step__name">{state === 'done' && <span aria-hidden="true">✓ </span>}{p.navn}</span>
              <span className="femf-step__time">{formatMinutes(session.plan.phases[i] ?? 0)}{used > 0 ? ` · brugt ${formatClock(used).replace(/^\+/, '')}` : ''}</span>
              {state !== 'next' && <span className="visually-hidden"> ({state === 'current' ? 'nu' : 'færdig'})</span>}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
