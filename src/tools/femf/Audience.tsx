/**
 * The projector window: only what the room should see (Stage), large, following the facilitator's window.
 * It reads the saved document and picks up every save from the other window (storage events); it never
 * writes, so it can never overwrite the facilitator's work.
 */
import { useEffect, useRef, useState } from 'react';
import '../shared/island.css';
import './femf.css';
import './audience.css';
import { usePersistentDocument } from '../shared/usePersistentDocument';
import { activeSession } from '../../lib/femf/document';
import { femfFormat } from '../../lib/femf/validate';
import { clockLevel, isRunning, remaining, warningMessage } from '../../lib/femf/timer';
import { Stage } from './Stage';
import { useFitToBox, useNow } from './hooks';
import { roomView } from '../../lib/femf/room';
import type { PhaseContent } from './types';

export default function Audience({ phases, toolUrl }: { phases: PhaseContent[]; toolUrl: string }) {
  const doc = usePersistentDocument(femfFormat);
  const session = activeSession(doc.data);
  const t = session.timer;
  const now = useNow(isRunning(t));
  const [full, setFull] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const onChange = () => setFull(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  const level = clockLevel(t, session.plan.phases, now);
  useFitToBox(box, JSON.stringify([doc.loading, full, session.id, session.theme, t.phaseIndex, level, roomView(session, t.phaseIndex)]));

  if (doc.loading) return <div className="femf-audience js-only"><p className="femf-audience__loading" role="status">Projektorvisningen indlæses …</p></div>;

  const left = remaining(t, session.plan.phases, now);
  const name = phases[t.phaseIndex]?.navn ?? '';
  return (
    <div className="femf-audience">
      <div className="femf-audience__stage" ref={box}>
        <Stage session={session} phases={phases} now={now} level={level} warningText={warningMessage(level, name, left)} headingId="femf-projektor-fase" headingLevel={2} />
      </div>
      {!full && (
        <p className="femf-audience__bar">
          {document.fullscreenEnabled && <button type="button" className="button" onClick={() => void document.documentElement.requestFullscreen().catch(() => undefined)}>Fuld skærm</button>}
          <span>Styres fra <a href={toolUrl}>5F-værktøjet</a> i facilitatorens vindue.</span>
        </p>
      )}
    </div>
  );
}
