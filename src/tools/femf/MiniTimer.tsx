/** The timer bar shown above «Planlæg», «Notér» and «Opsamling» while a phase is under way. */
import { formatClock, isDone, isRunning, pause, phaseElapsed, remaining, start, type Warning } from '../../lib/femf/timer';
import type { Session } from '../../lib/femf/document';
import type { TimerStep } from './Presenter';

interface Props { session: Session; phaseName: string; now: number; level: Warning; warningText: string; onTimer: (step: TimerStep) => void }

export function MiniTimer({ session, phaseName, now, level, warningText, onTimer }: Props) {
  const t = session.timer;
  const running = isRunning(t);
  if (isDone(t) || (!running && phaseElapsed(t, now) === 0)) return null;
  const left = remaining(t, session.plan.phases, now);
  return (
    <div className={`femf-minitimer femf-minitimer--${level}`} data-no-print>
      <span>{phaseName}: <strong>{formatClock(left)}</strong> {left < 0 ? 'over tid' : 'tilbage'}{running ? '' : ' (pause)'}</span>
      {level !== 'none' && <span className="femf-minitimer__warning"><span aria-hidden="true">⚠ </span>{warningText}</span>}
      <button type="button" className="button femf-small" onClick={() => onTimer(running ? pause : start)}>{running ? 'Pause' : 'Fortsæt'}</button>
    </div>
  );
}
