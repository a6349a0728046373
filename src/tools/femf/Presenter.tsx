/** Run: the presenter view for a projector, with the phase, its guiding questions and the countdown. */
import { useEffect, useRef, useState } from 'react';
import { formatMinutes, checkPlan, type Bounds } from '../../lib/femf/plan';
import { back, describeClock, formatClock, isDone, isRunning, next, phaseElapsed, remaining, restartPhase, start, pause, warningLevel, type TimerState } from '../../lib/femf/timer';
import type { Session } from '../../lib/femf/document';
import type { PhaseContent } from './types';

interface Props {
  session: Session;
  phases: PhaseContent[];
  bounds: Bounds;
  now: number;
  warningText: string;
  onTimer: (fn: (t: TimerState, now: number) => TimerState) => void;
  onCapture: () => void;
  onSummary: () => void;
}

/** Opening the page with this hash shows the presenter: a second window for the projector, kept in step by autosave. */
export const PRESENTER_HASH = 'femf-projektor';

const WARNING_LABEL = { none: '', soon: 'Snart tid', last: 'Sidste minut', over: 'Tiden er gået' } as const;

export function Presenter({ session, phases, bounds, now, warningText, onTimer, onCapture, onSummary }: Props) {
  const box = useRef<HTMLElement>(null);
  const [full, setFull] = useState<'none' | 'native' | 'overlay'>('none');
  const t = session.timer;
  const done = isDone(t);
  const phase = phases[t.phaseIndex];
  const planned = session.plan.phases[t.phaseIndex] ?? 0;
  const left = remaining(t, session.plan.phases, now);
  const level = done || (!isRunning(t) && phaseElapsed(t, now) === 0) ? 'none' : warningLevel(left, planned * 60_000);
  const running = isRunning(t);
  const started = phaseElapsed(t, now) > 0;
  const planOk = checkPlan(session.plan, bounds, phases.map((p) => p.navn)).length === 0;

  useEffect(() => {
    const onChange = () => setFull(document.fullscreenElement === box.current ? 'native' : (f) => (f === 'native' ? 'none' : f));
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  // In full screen (and the overlay) Tab stays inside the presenter, so focus never lands on something hidden.
  useEffect(() => {
    if (full === 'none') return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && full === 'overlay') { setFull('none'); return; }
      if (e.key !== 'Tab' || !box.current) return;
      const items = [...box.current.querySelectorAll<HTMLElement>('button:not([disabled]), a[href], input, select, textarea')];
      if (items.length === 0) return;
      const first = items[0]!, last = items[items.length - 1]!;
      const active = document.activeElement;
      if (!box.current.contains(active) || (e.shiftKey && active === first)) { e.preventDefault(); (e.shiftKey ? last : first).focus(); }
      else if (!e.shiftKey && active === last) { e.preventDefault(); first.focus(); }
    };
    document.addEventListener('keydown', onKey);
    if (full === 'overlay') document.documentElement.classList.add('femf-has-overlay');
    return () => { document.removeEventListener('keydown', onKey); document.documentElement.classList.remove('femf-has-overlay'); };
  }, [full]);

  const openWindow = () => {
    window.open(`${location.pathname}#${PRESENTER_HASH}`, 'femf-projektor', 'popup,width=1280,height=760');
  };

  const toggleFull = async () => {
    if (full === 'native') { await document.exitFullscreen().catch(() => undefined); return; }
    if (full === 'overlay') { setFull('none'); return; }
    const el = box.current;
    if (el && document.fullscreenEnabled && el.requestFullscreen) {
      try { await el.requestFullscreen(); setFull('native'); return; } catch { /* fall back to the overlay */ }
    }
    setFull('overlay');
  };

  return (
    <section ref={box} className={`femf-presenter${full === 'overlay' ? ' femf-presenter--overlay' : ''}${full !== 'none' ? ' femf-presenter--full' : ''}`} aria-labelledby="femf-presenter-fase" data-level={level}>
      {!planOk && !done && <p className="femf-presenter__note"><span aria-hidden="true">⚠ </span>Tidsplanen går ikke op. Nedtællingen bruger fasernes tider, som de står under «Planlæg».</p>}
      <div className="femf-presenter__main">
        <div className="femf-presenter__phase">
          {done ? (
            <>
              <p className="femf-presenter__kicker">Alle fem faser er gennemført</p>
              <h3 id="femf-presenter-fase" className="femf-presenter__name">Opsamling i plenum</h3>
              {session.theme && <p className="femf-presenter__theme">Tema: {session.theme}</p>}
              <p className="femf-presenter__lead">Saml op på tværs af grupperne: guld, vision, mål og handleplan.</p>
            </>
          ) : (
            <>
              <p className="femf-presenter__kicker">Fase {t.phaseIndex + 1} af {phases.length}</p>
              <h3 id="femf-presenter-fase" className="femf-presenter__name">{phase?.navn}</h3>
              {session.theme && <p className="femf-presenter__theme">Tema: {session.theme}</p>}
              {phase && phase.spoergsmaal.length > 0 && (
                <ul className="femf-presenter__questions" aria-label="Spørgsmål til fasen">
                  {phase.spoergsmaal.map((q) => <li key={q}>{q}</li>)}
                </ul>
              )}
            </>
          )}
        </div>
        {!done && (
          <div className="femf-presenter__clock-box">
            <p className="femf-presenter__clock" role="timer" aria-live="off" aria-atomic="true">
              <span className="visually-hidden">{describeClock(left)}</span>
              <span aria-hidden="true">{formatClock(left)}</span>
            </p>
            <p className="femf-presenter__state">
              {running ? 'Tiden løber' : started ? 'På pause' : 'Ikke startet'} · {formatMinutes(planned)} planlagt
            </p>
            <p className={`femf-warning femf-warning--${level}`} aria-hidden={level === 'none' ? true : undefined}>
              {level !== 'none' && <><span className="femf-warning__label">{level === 'over' ? '⏰' : '⚠'} {WARNING_LABEL[level]}:</span> {warningText}</>}
            </p>
          </div>
        )}
      </div>
      <div className="femf-presenter__controls island-row" aria-label="Styring af forløbet" role="group">
        <button type="button" className="button" onClick={() => onTimer(back)} disabled={t.phaseIndex === 0}>
          <span aria-hidden="true">← </span>Forrige fase
        </button>
        {!done && (
          <button type="button" className="button button--primary femf-presenter__go" onClick={() => onTimer(running ? pause : start)}>
            {running ? 'Pause' : started ? 'Fortsæt' : 'Start'}
          </button>
        )}
        {!done && (
          <button type="button" className="button" onClick={() => onTimer(next)}>
            {t.phaseIndex === phases.length - 1 ? 'Afslut sidste fase' : 'Næste fase'}<span aria-hidden="true"> →</span>
          </button>
        )}
        {!done && started && <button type="button" className="button" onClick={() => onTimer(restartPhase)}>Start fasen forfra</button>}
        <button type="button" className="button" onClick={() => void toggleFull()} aria-pressed={full !== 'none'}>
          {full !== 'none' ? 'Afslut fuld skærm' : 'Fuld skærm'}
        </button>
        {done ? (
          <button type="button" className="button" onClick={onSummary}>Gå til opsamlingen</button>
        ) : (
          full === 'none' && <button type="button" className="button" onClick={onCapture}>Notér i fasen</button>
        )}
        {full === 'none' && location.hash !== `#${PRESENTER_HASH}` && (
          <button type="button" className="button" onClick={openWindow}>Åbn i nyt vindue til projektoren</button>
        )}
      </div>
      <ol className="femf-steps" aria-label="Faserne">
        {phases.map((p, i) => {
          const used = phaseElapsed(t, now, i);
          const state = i === t.phaseIndex ? 'nu' : i < t.phaseIndex ? 'færdig' : '';
          return (
            <li key={p.id} className={`femf-step femf-step--${i === t.phaseIndex ? 'current' : i < t.phaseIndex ? 'done' : 'next'}`} aria-current={i === t.phaseIndex ? 'step' : undefined}>
              <span className="femf-step__name">{i < t.phaseIndex && <span aria-hidden="true">✓ </span>}{p.navn}</span>
              <span className="femf-step__time">{formatMinutes(session.plan.phases[i] ?? 0)}{used > 0 ? ` · brugt ${formatClock(used).replace(/^\+/, '')}` : ''}</span>
              {state && <span className="visually-hidden"> ({state})</span>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
