/**
 * The 5F island: plan a session, run it with a countdown per phase (and a projector window for the room),
 * capture per phase and group, and gather the groups in a plenary summary that prints as a handout.
 * Thin UI over src/lib/femf: every change to the document is a named function there.
 */
import { useEffect, useId, useRef, useState } from 'react';
import '../shared/island.css';
import './femf.css';
import './femf.print.css';
import { usePersistentDocument } from '../shared/usePersistentDocument';
import { DataControls } from '../shared/DataControls';
import { activeSession, isUntouched, type Session } from '../../lib/femf/document';
import { mergeImport, mergeMessage, updateActive } from '../../lib/femf/sessions';
import { femfFormat } from '../../lib/femf/validate';
import { setCarryOn, stepTimer } from '../../lib/femf/edit';
import { PHASE_COUNT, PHASE_IDS, phaseFromLink } from '../../lib/femf/phases';
import { flaggedTexts } from '../../lib/femf/texts';
import { looksLikeCpr } from '../../lib/cpr';
import { clockLevel, isDone, isRunning, remaining, warningMessage } from '../../lib/femf/timer';
import { Tabs, panelId, tabId } from './Tabs';
import { PlanView } from './PlanView';
import { Presenter, type TimerStep } from './Presenter';
import { Capture } from './Capture';
import { Summary } from './Summary';
import { Result } from './Result';
import { MiniTimer } from './MiniTimer';
import { SessionBar } from './SessionBar';
import { useEscalation, useNow } from './hooks';
import type { FemfProps, Notice } from './types';

type View = 'plan' | 'run' | 'capture' | 'summary';
const VIEWS: { id: View; label: string }[] = [
  { id: 'plan', label: '1. Planlæg' },
  { id: 'run', label: '2. Kør' },
  { id: 'capture', label: '3. Notér' },
  { id: 'summary', label: '4. Opsamling' },
];

/** The view and phase a link asks for: «?fase=forstaa» / «#fase-forstaa» open «Notér» at that phase; «#femf-koer» the run. */
function fromLink(): { view: View; phase: number | null } {
  if (typeof location === 'undefined') return { view: 'plan', phase: null };
  const phase = phaseFromLink(location.search, location.hash);
  if (phase) return { view: 'capture', phase: PHASE_IDS.indexOf(phase) };
  return { view: location.hash === '#femf-koer' ? 'run' : 'plan', phase: null };
}

export default function Femf({ phases, bounds, source, projectorUrl }: FemfProps) {
  const uid = useId();
  const root = useRef<HTMLDivElement>(null);
  const doc = usePersistentDocument(femfFormat);
  const session = activeSession(doc.data);
  const [link] = useState(fromLink);
  const [view, setView] = useState<View>(link.view);
  // null: «Notér» follows the phase the clock is in.
  const [chosenPhase, setChosenPhase] = useState<number | null>(link.phase);
  const [groupId, setGroupId] = useState('');
  const [notice, setNotice] = useState<Notice | null>(null);
  const t = session.timer;
  const running = isRunning(t);
  const now = useNow(running);

  // A link that selects a phase brings the tool into view once it runs.
  const loading = doc.loading;
  useEffect(() => {
    if (!loading && (link.phase !== null || link.view !== 'plan')) root.current?.scrollIntoView({ block: 'start' });
  }, [loading, link]);

  const announce = (text: string, undo?: () => void) => setNotice({ text, undo });
  const change = (fn: (s: Session) => Session) => doc.update((d) => updateActive(d, fn));

  const phaseIdx = t.phaseIndex;
  const phaseName = phases[phaseIdx]?.navn ?? '';
  const left = remaining(t, session.plan.phases, now);
  const level = clockLevel(t, session.plan.phases, now);
  const warningText = warningMessage(level, phaseName, left);
  const spoken = useEscalation(`${session.id}:${phaseIdx}`, level, warningText);
  const cpr = flaggedTexts(session, looksLikeCpr);

  if (doc.loading) {
    return (
      <div className="island femf femf--loading js-only">
        <h2>5F-processen: planlæg, kør og saml op</h2>
        <p className="meta" role="status">Værktøjet indlæses … Felterne kan bruges, så snart det er klar.</p>
        <p className="femf-loading__slow">Kommer værktøjet ikke frem? Så blokerer browseren måske JavaScript. Metoden står nedenfor, og I kan udskrive et tomt 5F-arbejdsark med sidens udskriftsknap.</p>
      </div>
    );
  }

  const onTimer = (step: TimerStep) => {
    const at = Date.now();
    const after = stepTimer(session, step, at).timer;
    change((s) => stepTimer(s, step, at));
    if (after.phaseIndex !== t.phaseIndex) {
      setChosenPhase(null);
      announce(isDone(after) ? 'Alle fem faser er gennemført. Tid til opsamling i plenum.' : `Fase ${after.phaseIndex + 1} af ${phases.length}: ${phases[after.phaseIndex]?.navn}.${after.runningSince !== null ? ' Uret kører.' : ''}`);
    }
  };

  const onImport = (imported: typeof doc.data) => {
    // The shared import flow has decoded, guarded and CPR-checked the file; here it must fit beside the sessions.
    const merged = mergeImport(doc.data, imported);
    if (!merged.ok) return { refused: merged.error };
    doc.update(merged.doc);
    setChosenPhase(null);
    return mergeMessage(merged.added);
  };

  const capturePhase = chosenPhase ?? Math.min(t.phaseIndex, PHASE_COUNT - 1);
  const panel = `${uid}-view`;

  return (
    <div className="island femf" id="femf" ref={root}>
      <h2 className="femf-title">5F-processen: planlæg, kør og saml op</h2>
      <p className="hint femf-intro" data-no-print>Alt, hvad I skriver, gemmes kun i denne browser. Eksportér som fil for at gemme eller dele det.</p>

      <SessionBar doc={doc.data} session={session} onDoc={doc.update} onSession={change} onNew={() => { setView('plan'); setChosenPhase(null); }} announce={announce} />
      {cpr.length > 0 && (
        <p className="island-alert island-alert--warning femf-cpr" role="alert" data-no-print>
          <strong>Det ligner et CPR-nummer</strong> i {cpr.length === 1 ? `feltet «${cpr[0]}»` : `${cpr.length} felter, bl.a. «${cpr[0]}»`}. Skriv ikke CPR-numre eller andre personoplysninger i værktøjet: ret eller slet det, før I gemmer, deler eller udskriver.
        </p>
      )}

      <div data-no-print>
        <Tabs label="Trin i 5F-værktøjet" idBase={panel} tabs={VIEWS} value={view} onChange={setView} className="femf-views" />
      </div>

      {view !== 'run' && <MiniTimer session={session} phaseName={phaseName} now={now} level={level} warningText={warningText} onTimer={onTimer} />}

      <div role="tabpanel" id={panelId(panel)} aria-labelledby={tabId(panel, view)} className="femf-panel" data-no-print>
        {view === 'plan' && <PlanView session={session} phases={phases} bounds={bounds} onChange={change} announce={announce} />}
        {view === 'run' && (
          <Presenter session={session} phases={phases} bounds={bounds} now={now} level={level} warningText={warningText} projectorUrl={projectorUrl}
            onTimer={onTimer} onCarryOn={(on) => change((s) => setCarryOn(s, on))}
            onCapture={() => { setChosenPhase(null); setView('capture'); }} onSummary={() => setView('summary')} />
        )}
        {view === 'capture' && (
          <Capture session={session} phases={phases} phaseIndex={capturePhase} onPhase={setChosenPhase} groupId={groupId || session.groups[0]!.id} onGroup={setGroupId} onChange={change} announce={announce} />
        )}
        {view === 'summary' && <Summary session={session} phases={phases} source={source} onChange={change} />}
      </div>

      <div className="femf-notice" data-no-print>
        <p role="status" className="femf-notice__text">{notice?.text}</p>
        {notice?.undo && <button type="button" className="button femf-small" onClick={() => { notice.undo!(); setNotice({ text: 'Fortrudt.' }); }}>Fortryd</button>}
      </div>
      <p className="visually-hidden" role="status" aria-live="assertive" aria-atomic="true">{spoken}</p>

      <DataControls format={femfFormat} doc={doc} onImport={onImport} deleteLabel="Slet alle sessioner" confirmText="Vil du slette alle 5F-sessioner i denne browser? Du kan fortryde lige bagefter." />

      <div className={`femf-handout${isUntouched(session) ? ' femf-handout--empty' : ''}`}>
        <Result session={session} phases={phases} level={2} source={source} />
      </div>
    </div>
  );
}
