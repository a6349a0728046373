/** The facilitator's sessions: choose, rename, add and delete (with undo). Not shown in the projector window. */
import { useId } from 'react';
import { LIMITS, newSession, type FemfDocument, type Session } from '../../lib/femf/document';
import { addSession, canAddSession, deleteSession, nextSessionName, restoreSession, selectSession } from '../../lib/femf/sessions';
import { renameSession } from '../../lib/femf/edit';
import type { Announce } from './types';

interface Props {
  doc: FemfDocument;
  session: Session;
  onDoc: (fn: (d: FemfDocument) => FemfDocument) => void;
  onSession: (fn: (s: Session) => Session) => void;
  onNew: () => void;
  announce: Announce;
}

export function SessionBar({ doc, session, onDoc, onSession, onNew, announce }: Props) {
  const uid = useId();
  const full = !canAddSession(doc);
  const add = () => {
    const s = newSession(nextSessionName(doc));
    onDoc((d) => addSession(d, s));
    onNew();
    announce(`Ny session: «${s.name}». Den er valgt, og den forrige er gemt.`);
  };
  const remove = () => {
    const { doc: after, removed, index, replacement } = deleteSession(doc, session.id);
    if (!removed) return;
    onDoc(() => after);
    announce(`Sessionen «${removed.name || 'uden navn'}» er slettet.`, () => onDoc((d) => restoreSession(d, removed, index, replacement)));
  };
  return (
    <div className="femf-sessions island-row" role="group" aria-label="Sessioner" data-no-print>
      <div className="field">
        <label htmlFor={`${uid}-session`}>Session</label>
        <select id={`${uid}-session`} value={session.id} onChange={(e) => {
          const id = e.target.value;
          onDoc((d) => selectSession(d, id));
          announce(`Sessionen «${doc.sessions.find((s) => s.id === id)?.name || 'uden navn'}» er valgt.`);
        }}>
          {doc.sessions.map((s) => <option key={s.id} value={s.id}>{s.name || 'Session uden navn'}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${uid}-navn`}>Sessionens navn</label>
        <input id={`${uid}-navn`} type="text" value={session.name} maxLength={LIMITS.shortText} onChange={(e) => { const name = e.target.value; onSession((s) => renameSession(s, name)); }} />
      </div>
      <button type="button" className="button" onClick={add} disabled={full} aria-describedby={full ? `${uid}-fuld` : undefined}>Ny session</button>
      <button type="button" className="button button--danger" onClick={remove}>Slet session</button>
      {full && <p id={`${uid}-fuld`} className="hint femf-sessions__full">Der er {LIMITS.sessions} sessioner, og flere kan der ikke være. Slet en session for at lave en ny.</p>}
    </div>
  );
}
