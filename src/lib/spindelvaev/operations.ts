/**
 * Every change the spider-web's UI makes to its document, as named pure functions (the UI never builds a
 * document itself). Each returns a new document, or the same one when nothing changes.
 */
import { newId } from '../ids';
import { cleanText } from '../persistence/textGuard';
import { MAX_NAME, MAX_TEXT, LIMITS } from './format';
import { rate, type Participant, type PlanItem, type Ratings, type SpindelDoc } from './model';

export { rate };

const hasRatings = (p: Participant) => Object.keys(p.ratings).length > 0;

/** The participant with `id`, created (unnamed, unrated) if there is none: returns the document and the id. */
export function ensureParticipant(doc: SpindelDoc, id: string | null, makeId: () => string = () => newId('p')): { doc: SpindelDoc; id: string } {
  if (id && doc.participants.some((p) => p.id === id)) return { doc, id };
  if (doc.participants.length >= LIMITS.participants) return { doc, id: doc.participants.at(-1)!.id };
  const pid = makeId();
  return { doc: { ...doc, participants: [...doc.participants, { id: pid, name: '', ratings: {} }] }, id: pid };
}

/** Rates a statement for a participant, creating the participant if needed. */
export function rateAs(doc: SpindelDoc, participantId: string | null, statementId: string, value: number | null, makeId?: () => string): { doc: SpindelDoc; id: string } {
  const e = ensureParticipant(doc, participantId, makeId);
  return { doc: rate(e.doc, e.id, statementId, value), id: e.id };
}

export function renameParticipant(doc: SpindelDoc, participantId: string | null, name: string, makeId?: () => string): { doc: SpindelDoc; id: string } {
  const e = ensureParticipant(doc, participantId, makeId);
  const clean = cleanText(name).slice(0, MAX_NAME);
  return { doc: { ...e.doc, participants: e.doc.participants.map((p) => (p.id === e.id ? { ...p, name: clean } : p)) }, id: e.id };
}

/** «Næste deltager»: drops the current participant if they did nothing, and adds an empty one. */
export function nextParticipant(doc: SpindelDoc, currentId: string | null, makeId: () => string = () => newId('p')): { doc: SpindelDoc; id: string; number: number } {
  const keep = (p: Participant) => p.id !== currentId || hasRatings(p) || p.name.trim() !== '';
  const kept = doc.participants.filter(keep);
  const id = makeId();
  return { doc: { ...doc, participants: [...kept, { id, name: '', ratings: {} }] }, id, number: kept.length + 1 };
}

export function removeParticipant(doc: SpindelDoc, id: string): SpindelDoc {
  return { ...doc, participants: doc.participants.filter((p) => p.id !== id) };
}

/** Adds a participant from a share code. */
export function addFromCode(doc: SpindelDoc, decoded: { name: string; ratings: Ratings }, makeId: () => string = () => newId('p')): { doc: SpindelDoc; name: string } | { error: string } {
  if (doc.participants.length >= LIMITS.participants) return { error: `Teamet har allerede ${LIMITS.participants} deltagere, det højeste antal.` };
  const name = decoded.name || `Deltager ${doc.participants.length + 1}`;
  return { doc: { ...doc, participants: [...doc.participants, { id: makeId(), name, ratings: decoded.ratings }] }, name };
}

export function setNote(doc: SpindelDoc, statementId: string, value: string): SpindelDoc {
  const notes = { ...doc.notes };
  const text = cleanText(value).slice(0, MAX_TEXT);
  if (text) notes[statementId] = text;
  else delete notes[statementId];
  return { ...doc, notes };
}

export function setChosen(doc: SpindelDoc, chosen: string[]): SpindelDoc {
  return chosen === doc.chosen ? doc : { ...doc, chosen };
}

export function setStepText(doc: SpindelDoc, field: 'noticed' | 'requires', value: string): SpindelDoc {
  return { ...doc, [field]: cleanText(value).slice(0, MAX_TEXT) };
}

export function addPlanItem(doc: SpindelDoc, makeId: () => string = () => newId('plan')): SpindelDoc {
  if (doc.plan.length >= LIMITS.plan) return doc;
  return { ...doc, plan: [...doc.plan, { id: makeId(), what: '', who: '', when: '' }] };
}

export function updatePlanItem(doc: SpindelDoc, id: string, patch: Partial<Omit<PlanItem, 'id'>>): SpindelDoc {
  const clean = Object.fromEntries(Object.entries(patch).map(([k, v]) => [k, cleanText(v ?? '')]));
  return { ...doc, plan: doc.plan.map((p) => (p.id === id ? { ...p, ...clean } : p)) };
}

export function removePlanItem(doc: SpindelDoc, id: string): SpindelDoc {
  return { ...doc, plan: doc.plan.filter((p) => p.id !== id) };
}

export function deleteRound(doc: SpindelDoc, id: string): SpindelDoc {
  return { ...doc, rounds: doc.rounds.filter((r) => r.id !== id) };
}

export interface ImportSummary { participants: number; rounds: number; plan: number; notes: number; kept: string[] }

/**
 * Merges an imported document into this one instead of replacing it: participants, rounds and plan items are
 * added (identical ones skipped, colliding ids given new ones), notes and step texts fill what is empty here;
 * where both have a different text, this document's text is kept and the summary says so.
 */
export function mergeImport(doc: SpindelDoc, imported: SpindelDoc, makeId: (prefix: string) => string = newId): { doc: SpindelDoc; summary: ImportSummary } {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const addAll = <T extends { id: string }>(mine: T[], theirs: T[], prefix: string, limit: number): { list: T[]; added: number } => {
    const list = [...mine];
    let added = 0;
    for (const item of theirs) {
      const clash = list.find((x) => x.id === item.id);
      if (clash && same(clash, item)) continue;
      if (list.some((x) => same({ ...x, id: '' }, { ...item, id: '' }))) continue;
      if (list.length >= limit) break;
      list.push(clash ? { ...item, id: makeId(prefix) } : item);
      added++;
    }
    return { list, added };
  };
  const participants = addAll(doc.participants, imported.participants, 'p', LIMITS.participants);
  const rounds = addAll(doc.rounds, imported.rounds, 'r', LIMITS.rounds);
  const plan = addAll(doc.plan, imported.plan, 'plan', LIMITS.plan);
  const kept: string[] = [];
  const notes = { ...doc.notes };
  let noteCount = 0;
  for (const [id, text] of Object.entries(imported.notes)) {
    if (!notes[id]) { notes[id] = text; noteCount++; }
    else if (notes[id] !== text) kept.push('en note');
  }
  const text = (field: 'noticed' | 'requires', label: string) => {
    if (!doc[field]) return imported[field];
    if (imported[field] && imported[field] !== doc[field]) kept.push(label);
    return doc[field];
  };
  const next: SpindelDoc = {
    ...doc,
    participants: participants.list,
    rounds: rounds.list.sort((a, b) => a.date.localeCompare(b.date)),
    plan: plan.list,
    notes,
    noticed: text('noticed', 'trin 4'),
    requires: text('requires', 'trin 5'),
    chosen: doc.chosen.length ? doc.chosen : imported.chosen,
  };
  if (doc.chosen.length && imported.chosen.length && !same(doc.chosen, imported.chosen)) kept.push('de tre valgte udsagn');
  return { doc: next, summary: { participants: participants.added, rounds: rounds.added, plan: plan.added, notes: noteCount, kept: [...new Set(kept)] } };
}

/** «Filen er flettet ind: 2 deltagere og 1 runde er tilføjet …» */
export function importMessage(s: ImportSummary): string {
  const parts = [
    s.participants && `${s.participants} ${s.participants === 1 ? 'deltager' : 'deltagere'}`,
    s.rounds && `${s.rounds} ${s.rounds === 1 ? 'runde' : 'runder'}`,
    s.plan && `${s.plan} ${s.plan === 1 ? 'punkt' : 'punkter'} i planen`,
    s.notes && `${s.notes} ${s.notes === 1 ? 'note' : 'noter'}`,
  ].filter(Boolean);
  const added = parts.length ? `Filen er flettet ind: ${parts.join(', ')} er tilføjet.` : 'Filen er indlæst, men alt i den fandtes allerede her.';
  const kept = s.kept.length ? ` Hvor filen og jeres data var forskellige (${s.kept.join(', ')}), er jeres egen tekst bevaret.` : '';
  return `${added}${kept} Jeres øvrige data er uændrede.`;
}
