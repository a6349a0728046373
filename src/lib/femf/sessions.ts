/**
 * The named sessions of a 5F document: choose, rename, add, delete with undo, and merge an imported file.
 * Pure: each returns a new document.
 */
import { newId } from '../ids';
import { countDa } from '../plural';
import { isUntouched, LIMITS, newSession, type FemfDocument, type Session } from './document';

export function selectSession(doc: FemfDocument, id: string): FemfDocument {
  return doc.sessions.some((s) => s.id === id) ? { ...doc, activeId: id } : doc;
}

export function updateSession(doc: FemfDocument, id: string, fn: (s: Session) => Session): FemfDocument {
  return { ...doc, sessions: doc.sessions.map((s) => (s.id === id ? fn(s) : s)) };
}

/** Applies `fn` to the active session. */
export function updateActive(doc: FemfDocument, fn: (s: Session) => Session): FemfDocument {
  const id = doc.sessions.some((s) => s.id === doc.activeId) ? doc.activeId : doc.sessions[0]!.id;
  return updateSession(doc, id, fn);
}

/** «Session 2», or the next free number. */
export function nextSessionName(doc: FemfDocument, base = 'Session'): string {
  const names = new Set(doc.sessions.map((s) => s.name));
  for (let n = doc.sessions.length + 1; ; n++) if (!names.has(`${base} ${n}`)) return `${base} ${n}`;
}

export const canAddSession = (doc: FemfDocument) => doc.sessions.length < LIMITS.sessions;

/** Adds a session and selects it. At the limit nothing changes (the UI disables «Ny session» and says why). */
export function addSession(doc: FemfDocument, session: Session): FemfDocument {
  if (!canAddSession(doc) || doc.sessions.some((s) => s.id === session.id)) return doc;
  return { activeId: session.id, sessions: [...doc.sessions, session] };
}

/**
 * Deletes a session. The document always keeps one: deleting the last leaves a fresh, empty one.
 * Returns the removed session and its place for undo.
 */
export function deleteSession(doc: FemfDocument, id: string, now = new Date()): { doc: FemfDocument; removed: Session | null; index: number; replacement?: string } {
  const index = doc.sessions.findIndex((s) => s.id === id);
  if (index < 0) return { doc, removed: null, index };
  const rest = doc.sessions.filter((s) => s.id !== id);
  const replacement = rest.length > 0 ? undefined : newSession('Min 5F-session', now);
  const sessions = replacement ? [replacement] : rest;
  const activeId = doc.activeId === id ? sessions[Math.min(index, sessions.length - 1)]!.id : doc.activeId;
  return { doc: { activeId, sessions }, removed: doc.sessions[index]!, index, replacement: replacement?.id };
}

/** Undo of deleteSession. `replacement`: the blank session that took the place of the only one; it goes again if still blank. */
export function restoreSession(doc: FemfDocument, removed: Session, index: number, replacement?: string): FemfDocument {
  if (doc.sessions.some((s) => s.id === removed.id)) return doc;
  const sessions = doc.sessions.filter((s) => !(s.id === replacement && isUntouched(s) && doc.sessions.length === 1));
  if (sessions.length >= LIMITS.sessions) return doc;
  sessions.splice(Math.min(index, sessions.length), 0, removed);
  return { activeId: removed.id, sessions };
}

export type MergeResult =
  | { ok: true; doc: FemfDocument; added: Session[]; renamed: number }
  | { ok: false; error: string };

/**
 * Adds the sessions of an imported document. Nothing existing is overwritten: a session whose id is taken
 * gets a new id (and «(importeret)» after its name). An untouched default session gives way to the import.
 * When the sessions would not all fit under the limit, nothing is added and the message says how many fit:
 * a file is never half imported.
 */
export function mergeImport(doc: FemfDocument, imported: FemfDocument, makeId: () => string = () => newId('s')): MergeResult {
  const keep = doc.sessions.filter((s) => !isUntouched(s));
  const room = LIMITS.sessions - keep.length;
  const count = imported.sessions.length;
  if (count > room) {
    return {
      ok: false,
      error: `Filen har ${countDa(count, 'session', 'sessioner')}, men der er kun plads til ${room} mere her (højst ${LIMITS.sessions} i alt, og du har ${keep.length}). Slet nogle sessioner, og prøv igen.`,
    };
  }
  const ids = new Set(doc.sessions.map((s) => s.id));
  let renamed = 0;
  const added = imported.sessions.map((s) => {
    if (!ids.has(s.id)) { ids.add(s.id); return s; }
    let id = makeId();
    while (ids.has(id)) id = makeId();
    ids.add(id);
    renamed++;
    return { ...s, id, name: `${s.name} (importeret)`.slice(0, LIMITS.shortText) };
  });
  return { ok: true, doc: { activeId: added[0]!.id, sessions: [...keep, ...added] }, added, renamed };
}

/** The Danish message after a merge: what was added, truthfully. */
export function mergeMessage(added: readonly Session[]): string {
  const what = added.length === 1 ? `sessionen «${added[0]!.name || 'uden navn'}» er tilføjet` : `${countDa(added.length, 'session', 'sessioner')} er tilføjet`;
  return `Filen er indlæst: ${what}, og ${added.length === 1 ? 'den' : 'den første'} er valgt. Dine andre sessioner er uændrede.`;
}
