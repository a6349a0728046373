/**
 * «Kør»: the facilitator's presenter view. It shows what the room sees (Stage) with every control, can go full
 * screen (tablet, laptop on the projector) and opens the projector window, which shows the Stage alone.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { checkPlan, type Bounds } from '../../lib/femf/plan';
import { isDone, isRunning, phaseElapsed, type TimerState, type Warning } from '../../lib/femf/timer';
import { back, next, pause, restartPhase, start } from '../../lib/femf/timer';
import type { Session } from '../../lib/femf/document';
import { Stage } from './Stage';
import { useFocusTrap } from './hooks';
import type { PhaseContent } from './types';

export type TimerStep = (t: TimerState, now: number, carryOn: boolean) => TimerState;

interface Props {
  session: Session;
  phases: PhaseContent[];
  bounds: Bounds;
  now: number;
  level: Warning;
  warningText: string;
  projectorUrl: string;
  onTimer: (step: TimerStep) => void;
  onCarryOn: (on: boolean) => void;
  onCapture: () => void;
  onSummary: () => void;
}

/** The window name, so «Åbn projektorvinduet» reuses an open projector window instead of opening another. */
const WINDOW_NAME = 'femf-projektor';

export function Presenter({ session, phases, bounds, now, level, warningText, projectorUrl, onTimer, onCarryOn, onCapture, onSummary }: Props) {
  const uid = useId();
  const box = useRef<HTMLElement>(null);
  const [full, setFull] = useState<'none' | 'native' | 'overlay'>('none');
  const t = session.timer;
  const done = isDone(t);
  const running = isRunning(t);
  const started = phaseElapsed(t, now) > 0;
  const planOk = checkPlan(session.plan, bounds, phases.map((p) => p.navn)).length === 0;
  const last = t.phaseIndex === phases.length - 1;

  useEffect(() => {
    const onChange = () => setFull(document.fullscreenElement === box.current ? 'native' : (f) => (f === 'native' ? 'none' : f));
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  useFocusTrap(box, full !== 'none', () => setFull((f) => (f === 'overlay' ? 'none' : f)));

  const toggleFull = async () => {
    if (full === 'native') { await document.exitFullscreen().catch(() => undefined); return; }
    if (full === 'overlay') { setFull('none'); return; }
    const el = box.current;
    if (el && document.fullscreenEnabled && el.requestFullscreen) {
      try { await el.requestFullscreen(); setFull('native'); return; } catch { /* fall back to the overlay */ }
    }
    setFull('overlay');
  };

  const step = (fn: TimerStep) => () => onTimer(fn);
  return (
    <section ref={box} className={`femf-presenter${full === 'overlay' ? ' femf-presenter--overlay' : ''}${full !== 'none' ? ' femf-presenter--full' : ''}`} aria-labelledby={`${uid}-fase`} data-level={level}>
      {!planOk && !done && <p className="femf-presenter__note"><span aria-hidden="true">⚠ </span>Tidsplanen går ikke op. Nedtællingen bruger fasernes tider, som de står under «Planlæg».</p>}
      <Stage session={session} phases={phases} now={now} level={level} warningText={warningText} headingId={`${uid}-fase`} headingLevel={3} />
      <div className="femf-presenter__controls island-row" aria-label="Styring af forløbet" role="group">
        <button type="button" className="button" onClick={step(back)} disabled={t.phaseIndex === 0}><span aria-hidden="true">← </span>Forrige fase</button>
        {!done && (
          <button type="button" className="button button--primary femf-presenter__go" onClick={step(running ? pause : start)}>
            {running ? 'Pause' : started ? 'Fortsæt' : 'Start'}
          </button>
        )}
        {!done && <button type="button" className="button" onClick={step(next)}>{last ? 'Afslut sidste fase' : 'Næste fase'}<span aria-hidden="true"> →</span></button>}
        {!done && started && <button type="button" className="button" onClick={step(restartPhase)}>Start fasen forfra</button>}
        <button type="button" className="button" onClick={() => void toggleFull()} aria-pressed={full !== 'none'}>{full !== 'none' ? 'Afslut fuld skærm' : 'Fuld skærm'}</button>
        {done
          ? <button type="button" className="button" onClick={onSummary}>Gå til opsamlingen</button>
          : full === 'none' && <button type="button" className="button" onClick={onCapture}>Notér i fasen</button>}
      </div>
      <div className="femf-check femf-presenter__carry">
        <input type="checkbox" id={`${uid}-videre`} checked={session.carryOn} aria-describedby={`${uid}-videre-hint`} onChange={(e) => onCarryOn(e.target.checked)} />
        <label htmlFor={`${uid}-videre`}>Lad uret køre videre i næste fase</label>
        <span className="hint" id={`${uid}-videre-hint`}>Når uret kører, starter «Næste fase» straks nedtællingen for den næste fase.</span>
      </div>
      {full === 'none' && (
        <div className="femf-presenter__window">
          <button type="button" className="button" onClick={() => window.open(projectorUrl, WINDOW_NAME, 'popup,width=1280,height=720')}>Åbn projektorvinduet</button>
          <p className="hint">Projektorvinduet viser kun fasen, spørgsmålene, uret og det noterede, i stor skrift. Træk det over på projektoren, og styr forløbet herfra.</p>
        </div>
      )}
    </section>
  );
}
