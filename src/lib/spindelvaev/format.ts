/**
 * The spider-web's stored and exported format (see src/lib/persistence/envelope.ts), one per theme.
 * Versions (README.md beside the tool has the shapes):
 *  1  one person: { tema, ratings, notes, chosen, plan: "text" }
 *  2  a team: participants, steps 4–6, plan items, dated rounds; statements named by position («1.2»)
 *  3  statements named by stable ids from the content («led-02»), plan items with ids, and a snapshot of
 *     the web (fingerprint and texts) so a later content edit is noticed, kept where it still matches and
 *     told to the user, never quarantined.
 */
import type { ToolFormat } from '../persistence/envelope';
import { array, attempt, expect, isoDate, number, ok, record, string, isRecord } from '../persistence/validate';
import { isSafeId } from '../ids';
import { emptyDoc, SCALE, snapshotOf, statementsOf, type PlanItem, type Ratings, type Round, type SpindelDoc, type WebDef } from './model';
import { idForV2Position } from './legacy';

export const TOOL = 'spindelvaev';
export const VERSION = 3;
export const MAX_TEXT = 5000;
export const MAX_NAME = 80;
export const LIMITS = { participants: 100, plan: 50, rounds: 100 } as const;

function v1to2(d: unknown): unknown {
  if (!isRecord(d)) return d; // left for validation to name the problem
  const ratings = isRecord(d.ratings) ? d.ratings : {};
  const plan = typeof d.plan === 'string' && d.plan.trim() ? [{ what: d.plan, who: '', when: '' }] : [];
  return {
    tema: d.tema,
    participants: Object.keys(ratings).length ? [{ id: 'p1', name: '', ratings }] : [],
    notes: d.notes ?? {},
    chosen: d.chosen ?? [],
    noticed: '',
    requires: '',
    plan,
    rounds: [],
  };
}

/** Version 2 → 3: positions become the stable ids they had then (legacy.ts), plan items get ids. */
function v2to3(web: WebDef) {
  const current = statementsOf(web);
  return (d: unknown): unknown => {
    if (!isRecord(d)) return d;
    const tema = typeof d.tema === 'string' ? d.tema : '';
    const idOf = (pos: string) => idForV2Position(tema, pos) ?? (tema === web.tema ? current.find((s) => s.number === pos)?.id : undefined) ?? pos;
    const rekey = (m: unknown) => (isRecord(m) ? Object.fromEntries(Object.entries(m).map(([k, v]) => [idOf(k), v])) : m);
    const ids = new Set<string>();
    const collect = (m: unknown) => { if (isRecord(m)) for (const k of Object.keys(m)) ids.add(idOf(k)); };
    const participants = Array.isArray(d.participants) ? d.participants.map((p) => (isRecord(p) ? (collect(p.ratings), { ...p, ratings: rekey(p.ratings) }) : p)) : d.participants;
    const rounds = Array.isArray(d.rounds) ? d.rounds.map((r) => (isRecord(r) ? (collect(r.values), { ...r, values: rekey(r.values) }) : r)) : d.rounds;
    collect(d.notes);
    const chosen = Array.isArray(d.chosen) ? d.chosen.map((c) => (typeof c === 'string' ? (ids.add(idOf(c)), idOf(c)) : c)) : d.chosen;
    const plan = Array.isArray(d.plan) ? d.plan.map((p, i) => (isRecord(p) ? { id: `plan${i + 1}`, ...p } : p)) : d.plan;
    // The texts of version 2 are unknown: an empty text means «not compared».
    const statements = Object.fromEntries([...ids].map((id) => [id, '']));
    return { ...d, web: { fingerprint: '', statements }, participants, notes: rekey(d.notes), chosen, plan, rounds };
  };
}

export interface ContentChange { removed: string[]; reworded: string[] }

/** What changed in the web since the document was saved: statements removed, and reworded ones (same id). */
export function webChanges(web: WebDef, saved: Record<string, string>): ContentChange {
  const now = new Map(statementsOf(web).map((s) => [s.id, s.text]));
  const removed = Object.keys(saved).filter((id) => !now.has(id));
  const reworded = Object.entries(saved).filter(([id, text]) => text !== '' && now.has(id) && now.get(id) !== text).map(([id]) => id);
  return { removed, reworded };
}

function describeChange(change: ContentChange, saved: Record<string, string>, dropped: number, numberOf: (id: string) => string): string | null {
  if (!change.removed.length && !change.reworded.length) return null;
  const parts: string[] = ['Spindelvævet er ændret, siden jeres data blev gemt.'];
  if (change.reworded.length) {
    parts.push(`${change.reworded.length === 1 ? 'Udsagn' : 'Udsagnene'} ${change.reworded.map(numberOf).join(', ')} er omformuleret; jeres vurderinger af ${change.reworded.length === 1 ? 'det' : 'dem'} er bevaret.`);
  }
  if (change.removed.length) {
    const names = change.removed.map((id) => (saved[id] ? `«${saved[id]}»` : id)).join(', ');
    parts.push(`${change.removed.length === 1 ? 'Dette udsagn findes' : 'Disse udsagn findes'} ikke længere: ${names}. ${dropped === 1 ? 'Én vurdering eller note til det er' : `${dropped} vurderinger og noter til dem er`} ikke med mere; alt andet er bevaret.`);
  }
  return parts.join(' ');
}

function unique<T extends { id: string }>(items: T[], path: string): T[] {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    expect(!seen.has(item.id), `${path}[${i}].id`, 'findes to gange (hvert id må kun bruges én gang)');
    seen.add(item.id);
  });
  return items;
}

function safeId(v: unknown, path: string): string {
  const id = string(v, path, 64);
  expect(isSafeId(id), path, 'må kun indeholde bogstaverne a–z, tal, «-» og «_»');
  return id;
}

export function validateDoc(web: WebDef, data: unknown): ReturnType<ToolFormat<SpindelDoc>['validate']> {
  const r = attempt(() => read(web, data));
  return r.ok ? ok(r.value.doc, r.value.notice ? [r.value.notice] : undefined) : r;
}

/** Reads a (migrated) document; throws ValidationError naming the field. */
function read(web: WebDef, data: unknown): { doc: SpindelDoc; notice: string | null } {
  const current = statementsOf(web);
  const known = new Set(current.map((s) => s.id));
  const numberOf = (id: string) => current.find((s) => s.id === id)?.number ?? id;
  {
    const d = record(data, 'data');
    const tema = string(d.tema, 'tema', 100);
    expect(tema === web.tema, '', `Filen hører til spindelvævet i temaet «${tema}», ikke «${web.tema}». Åbn det tema, filen er fra.`);
    const w = record(d.web, 'web');
    string(w.fingerprint, 'web.fingerprint', 40);
    const saved: Record<string, string> = {};
    for (const [id, text] of Object.entries(record(w.statements, 'web.statements'))) saved[id] = string(text, `web.statements.${id}`, 1000);
    const change = webChanges(web, saved);
    const gone = new Set(change.removed);
    let dropped = 0;
    /** A statement id: current (kept), or in the saved web but removed since (dropped, counted), else an error. */
    const keep = (id: string, path: string): boolean => {
      if (known.has(id)) return true;
      expect(gone.has(id), path, 'er ikke et udsagn i dette spindelvæv');
      dropped++;
      return false;
    };
    const ratingsOf = (v: unknown, path: string, integer: boolean): Ratings => {
      const out: Ratings = {};
      for (const [id, value] of Object.entries(record(v, path))) {
        const n = number(value, `${path}.${id}`, SCALE.min, SCALE.max, integer);
        if (keep(id, `${path}.${id}`)) out[id] = n;
      }
      return out;
    };
    const notes: Record<string, string> = {};
    for (const [id, value] of Object.entries(record(d.notes, 'notes'))) {
      const text = string(value, `notes.${id}`, MAX_TEXT);
      if (keep(id, `notes.${id}`)) notes[id] = text;
    }
    const chosenAll = array(d.chosen, 'chosen', 3).map((c, i) => string(c, `chosen[${i}]`, 64));
    expect(new Set(chosenAll).size === chosenAll.length, 'chosen', 'samme udsagn er valgt flere gange');
    const chosen = chosenAll.filter((id, i) => keep(id, `chosen[${i}]`));
    const doc: SpindelDoc = {
      tema,
      web: snapshotOf(web),
      participants: unique(array(d.participants, 'participants', LIMITS.participants).map((p, i) => {
        const r = record(p, `participants[${i}]`);
        return { id: safeId(r.id, `participants[${i}].id`), name: string(r.name, `participants[${i}].name`, MAX_NAME), ratings: ratingsOf(r.ratings, `participants[${i}].ratings`, true) };
      }), 'participants'),
      notes,
      chosen,
      noticed: string(d.noticed, 'noticed', MAX_TEXT),
      requires: string(d.requires, 'requires', MAX_TEXT),
      plan: unique(array(d.plan, 'plan', LIMITS.plan).map((p, i): PlanItem => {
        const r = record(p, `plan[${i}]`);
        return { id: safeId(r.id, `plan[${i}].id`), what: string(r.what, `plan[${i}].what`, MAX_TEXT), who: string(r.who, `plan[${i}].who`, 500), when: string(r.when, `plan[${i}].when`, 200) };
      }), 'plan'),
      rounds: unique(array(d.rounds, 'rounds', LIMITS.rounds).map((x, i): Round => {
        const r = record(x, `rounds[${i}]`);
        return {
          id: safeId(r.id, `rounds[${i}].id`),
          date: isoDate(r.date, `rounds[${i}].date`),
          label: string(r.label, `rounds[${i}].label`, MAX_NAME),
          values: ratingsOf(r.values, `rounds[${i}].values`, false),
          participants: number(r.participants, `rounds[${i}].participants`, 0, 1000, true),
        };
      }), 'rounds'),
    };
    const notice = describeChange(change, saved, dropped, numberOf);
    return { doc, notice };
  }
}

/** The format for one theme's web: its validation refuses another theme's data and unknown statements. */
export function makeFormat(web: WebDef): ToolFormat<SpindelDoc> {
  return {
    tool: TOOL,
    label: 'spindelvævet',
    version: VERSION,
    migrations: { 1: v1to2, 2: v2to3(web) },
    validate: (data) => validateDoc(web, data),
    empty: () => emptyDoc(web),
  };
}
