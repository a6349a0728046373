/**
 * The 5F island: plan a session, run it on a projector with a countdown per phase, capture per phase and group,
 * and gather the groups in a plenary summary that prints as a handout. Thin UI over src/lib/femf.
 */
import { useEffect, useId, useRef, useState } from 'react';
import '../shared/island.css';
import './femf.css';
import './femf.print.css';
import { usePersistentDocument } from '../shared/usePersistentDocument';
import { DataControls } from '../shared/DataControls';
import {
  activeSession, addSession, deleteSession, femfFormat, isUntouched, mergeImport, newSession, nextSessionName, restoreSession, updateSession, type Session,
} from '../../lib/femf/document';
import { escalated, formatClock, isDone, isRunning, pause, phaseElapsed, remaining, start, warningLevel, warningMessage, type TimerState, type Warning } from '../../lib/femf/timer';
import { Tabs, panelId, tabId } from './Tabs';
import { PlanView } from './PlanView';
import { Presenter, PRESENTER_HASH } from './Presenter';
import { Capture } from './Capture';
import { Result } from './Result';
import { useNow } from './hooks';
import type { FemfProps, Notice } from './types';

type View = 'plan' | 'run' | 'capture' | 'summary';
const VIEWS: { id: View; label: string }[] = [
  { id: 'plan', label: '1. Planlæg' },
  { id: 'run', label: '2. Kør (projektor)' },
  { id: 'capture', label: '3. Notér' },
  { id: 'summary', label: '4. Opsamling' },
];

function printPart(part: 'handout' | 'worksheet') {
  const cls = `femf-print-${part}`;
  const root = document.documentElement;
  root.classList.add(cls);
  window.addEventListener('afterprint', () => root.classList.remove(cls), { once: true });
  window.print();
}

const dateLabel = (iso: string) => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) || d.getTime() === 0 ? '' : d.toLocaleDateString('da-DK', { day: 'numeric', month: 'long', year: 'numeric' });
};

export default function Femf({ phases, bounds }: FemfProps) {
  const uid = useId();
  const doc = usePersistentDocument(femfFormat);
  const session = activeSession(doc.data);
  const [view, setView] = useState<View>('plan');
  const [capturePhase, setCapturePhase] = useState(0);
  const [groupId, setGroupId] = useState('');
  const [notice, setNotice] = useState<Notice | null>(null);
  const [warning, setWarning] = useState('');
  const t = session.timer;
  const running = isRunning(t);
  const now = useNow(running);

  const announce = (text: string, undo?: () => void) => setNotice({ text, undo });
  const change = (fn: (s: Session) => Session) => doc.update((d) => updateSession(d, activeSession(d).id, fn));
  const onTimer = (fn: (t: TimerState, now: number) => TimerState) => {
    const at = Date.now();
    change((s) => ({ ...s, timer: fn(s.timer, at) }));
  };

  // Time warnings: visible in the presenter and the timer bar, announced once each as they become more urgent.
  const phaseIdx = t.phaseIndex;
  const planned = (session.plan.phases[phaseIdx] ?? 0) * 60_000;
  const left = remaining(t, session.plan.phases, now);
  const level: Warning = isDone(t) || (!running && phaseElapsed(t, now) === 0) ? 'none' : warningLevel(left, planned);
  const heard = useRef<{ key: string; level: Warning }>({ key: '', level: 'none' });
  const phaseName = phases[phaseIdx]?.navn ?? '';
  useEffect(() => {
    const key = `${session.id}:${phaseIdx}`;
    if (heard.current.key !== key) {
      heard.current = { key, level: 'none' };
      setWarning('');
    }
    if (escalated(heard.current.level, level)) setWarning(warningMessage(level, phaseName, left));
    if (level === 'none') setWarning('');
    heard.current.level = level;
  }, [level, session.id, phaseIdx, phaseName, left]);

  // Announce phase changes in the run.
  const lastPhase = useRef<string>('');
  useEffect(() => {
    const key = `${session.id}:${phaseIdx}`;
    if (doc.loading) return;
    if (lastPhase.current && lastPhase.current !== key && lastPhase.current.startsWith(`${session.id}:`)) {
      announce(isDone(t) ? 'Alle fem faser er gennemført. Tid til opsamling i plenum.' : `Fase ${phaseIdx + 1} af ${phases.length}: ${phaseName}.`);
      if (!isDone(t)) setCapturePhase(phaseIdx);
    }
    lastPhase.current = key;
  }, [session.id, phaseIdx, doc.loading]);

  useEffect(() => {
    if (!doc.loading && !isDone(t)) setCapturePhase(t.phaseIndex);
  }, [doc.loading, session.id]);

  // A second window opened for the projector starts in the presenter.
  useEffect(() => { if (location.hash === `#${PRESENTER_HASH}`) setView('run'); }, []);

  if (doc.loading) {
    return <div className="island femf" id={PRESENTER_HASH}><h2>5F-processen</h2><p className="meta">Henter dine gemte sessioner …</p></div>;
  }

  const newOne = () => {
    const s = newSession(nextSessionName(doc.data));
    doc.update((d) => addSession(d, s));
    setView('plan');
    announce(`Ny session: «${s.name}». Den er valgt, og den forrige er gemt.`);
  };
  const removeActive = () => {
    const { doc: after, removed, index, replacement } = deleteSession(doc.data, session.id);
    if (!removed) return;
    doc.update(after);
    announce(`Sessionen «${removed.name}» er slettet.`, () => doc.update((d) => restoreSession(d, removed, index, replacement)));
  };

  const onImport = (imported: typeof doc.data) => {
    const { doc: merged, added } = mergeImport(doc.data, imported);
    doc.update(merged);
    return `Filen er indlæst: ${added.length === 1 ? `sessionen «${added[0]!.name}» er tilføjet` : `${added.length} sessioner er tilføjet`} og valgt. Dine andre sessioner er uændrede.`;
  };

  const miniTimer = view !== 'run' && (running || phaseElapsed(t, now) > 0) && !isDone(t);

  return (
    <div className="island femf" id={PRESENTER_HASH}>
      <h2 className="femf-title">5F-processen: planlæg, kør og saml op</h2>
      <p className="hint femf-intro" data-no-print>Alt, hvad I skriver, gemmes kun i denne browser. Eksportér som fil for at gemme eller dele det.</p>

      <div className="femf-sessions island-row" role="group" aria-label="Sessioner" data-no-print>
        <div className="field">
          <label htmlFor={`${uid}-session`}>Session</label>
          <select id={`${uid}-session`} value={session.id} onChange={(e) => { const id = e.target.value; doc.update((d) => ({ ...d, activeId: id })); announce(`Sessionen «${doc.data.sessions.find((s) => s.id === id)?.name}» er valgt.`); }}>
            {doc.data.sessions.map((s) => <option key={s.id} value={s.id}>{s.name || 'Session uden navn'}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${uid}-navn`}>Sessionens navn</label>
          <input id={`${uid}-navn`} type="text" value={session.name} maxLength={300} onChange={(e) => { const name = e.target.value; change((s) => ({ ...s, name })); }} />
        </div>
        <button type="button" className="button" onClick={newOne}>Ny session</button>
        <button type="button" className="button button--danger" onClick={removeActive}>Slet session</button>
      </div>

      <div data-no-print>
        <Tabs label="Trin i 5F-værktøjet" idBase={`${uid}-view`} tabs={VIEWS} value={view} onChange={setView} className="femf-views" />
      </div>

      {miniTimer && (
        <div className={`femf-minitimer femf-minitimer--${level}`} data-no-print>
          <span>{phaseName}: <strong>{formatClock(left)}</strong> {left < 0 ? 'over tid' : 'tilbage'}{running ? '' : ' (pause)'}</span>
          {level !== 'none' && <span className="femf-minitimer__warning"><span aria-hidden="true">⚠ </span>{warningMessage(level, phaseName, left)}</span>}
          <button type="button" className="button femf-small" onClick={() => onTimer(running ? pause : start)}>{running ? 'Pause' : 'Fortsæt'}</button>
        </div>
      )}

      <div role="tabpanel" id={panelId(`${uid}-view`)} aria-labelledby={tabId(`${uid}-view`, view)} className="femf-panel" data-no-print>
        {view === 'plan' && <PlanView session={session} phases={phases} bounds={bounds} onChange={change} announce={announce} />}
        {view === 'run' && (
          <Presenter session={session} phases={phases} bounds={bounds} now={now} warningText={warningMessage(level, phaseName, left)} onTimer={onTimer}
            onCapture={() => { setCapturePhase(Math.min(t.phaseIndex, phases.length - 1)); setView('capture'); }}
            onSummary={() => setView('summary')} />
        )}
        {view === 'capture' && (
          <Capture session={session} phases={phases} phaseIndex={capturePhase} onPhase={setCapturePhase} groupId={groupId || session.groups[0]!.id} onGroup={setGroupId} onChange={change} announce={announce} />
        )}
        {view === 'summary' && (
          <div className="femf-summary">
            <h3>Opsamling i plenum</h3>
            <p className="hint">Her er det, grupperne har noteret, samlet fase for fase. Skriv facilitatorens opsamling nederst, og udskriv resultatet som handout.</p>
            <div className="island-row">
              <button type="button" className="button button--primary" onClick={() => printPart('handout')}>Udskriv resultatet</button>
              <button type="button" className="button" onClick={() => printPart('worksheet')}>Udskriv tomt 5F-arbejdsark</button>
            </div>
            <Result session={session} phases={phases} level={3} dateLabel={dateLabel(session.createdAt)} />
            <div className="field femf-plenary">
              <label htmlFor={`${uid}-plenum`}>Facilitatorens opsamling og næste skridt</label>
              <textarea id={`${uid}-plenum`} rows={6} value={session.plenary} onChange={(e) => { const plenary = e.target.value; change((s) => ({ ...s, plenary })); }} />
            </div>
          </div>
        )}
      </div>

      <div className="femf-notice" data-no-print>
        <p role="status" className="femf-notice__text">{notice?.text}</p>
        {notice?.undo && (
          <button type="button" className="button femf-small" onClick={() => { notice.undo!(); setNotice({ text: 'Fortrudt.' }); }}>Fortryd</button>
        )}
      </div>
      <p className="visually-hidden" role="status" aria-live="assertive" aria-atomic="true">{warning}</p>

      <DataControls format={femfFormat} doc={doc} onImport={onImport} deleteLabel="Slet alle sessioner" confirmText="Vil du slette alle 5F-sessioner i denne browser? Du kan fortryde lige bagefter." />

      <div className={`femf-handout${isUntouched(session) ? ' femf-handout--empty' : ''}`}>
        <Result session={session} phases={phases} level={2} dateLabel={dateLabel(session.createdAt)} />
      </div>
    </div>
  );
}
