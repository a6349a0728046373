/**
 * The spider-web's stored and exported format (see src/lib/persistence/envelope.ts), one per theme.
 *
 * Version 1 (the first draft of the format) held one person's ratings and the plan as one text:
 *   { tema, ratings: {id: n}, notes: {id: text}, chosen: [id], plan: "text" }
 * Version 2 holds a team: participants with their own ratings, steps 4–6 and dated rounds.
 */
import type { ToolFormat } from '../persistence/envelope';
import { array, attempt, expect, isoDate, number, record, string, isRecord } from '../persistence/validate';
import { emptyDoc, SCALE_MAX, SCALE_MIN, statementsOf, type PlanItem, type Ratings, type Round, type SpindelDoc, type WebDef } from './model';

export const TOOL = 'spindelvaev';
export const VERSION = 2;
const MAX_TEXT = 5000;
const MAX_NAME = 80;

export const migrations: Record<number, (data: unknown) => unknown> = {
  1: (d) => {
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
  },
};

function ratingsOf(v: unknown, path: string, ids: Set<string>, integer: boolean): Ratings {
  const r = record(v, path);
  const out: Ratings = {};
  for (const [id, value] of Object.entries(r)) {
    expect(ids.has(id), `${path}.${id}`, 'er ikke et udsagn i dette spindelvæv');
    out[id] = number(value, `${path}.${id}`, SCALE_MIN, SCALE_MAX, integer);
  }
  return out;
}

function textMap(v: unknown, path: string, ids: Set<string>): Record<string, string> {
  const r = record(v, path);
  const out: Record<string, string> = {};
  for (const [id, value] of Object.entries(r)) {
    expect(ids.has(id), `${path}.${id}`, 'er ikke et udsagn i dette spindelvæv');
    out[id] = string(value, `${path}.${id}`, MAX_TEXT);
  }
  return out;
}

export function validateDoc(web: WebDef, data: unknown): ReturnType<ToolFormat<SpindelDoc>['validate']> {
  const ids = new Set(statementsOf(web).map((s) => s.id));
  return attempt(() => {
    const d = record(data, 'data');
    const tema = string(d.tema, 'tema', 100);
    expect(tema === web.tema, '', `Filen hører til spindelvævet i temaet «${tema}», ikke «${web.tema}». Åbn det tema, filen er fra.`);
    const chosen = array(d.chosen, 'chosen', 3).map((c, i) => {
      const id = string(c, `chosen[${i}]`, 10);
      expect(ids.has(id), `chosen[${i}]`, 'er ikke et udsagn i dette spindelvæv');
      return id;
    });
    expect(new Set(chosen).size === chosen.length, 'chosen', 'samme udsagn er valgt flere gange');
    return {
      tema,
      participants: array(d.participants, 'participants', 100).map((p, i) => {
        const r = record(p, `participants[${i}]`);
        return { id: string(r.id, `participants[${i}].id`, 40), name: string(r.name, `participants[${i}].name`, MAX_NAME), ratings: ratingsOf(r.ratings, `participants[${i}].ratings`, ids, true) };
      }),
      notes: textMap(d.notes, 'notes', ids),
      chosen,
      noticed: string(d.noticed, 'noticed', MAX_TEXT),
      requires: string(d.requires, 'requires', MAX_TEXT),
      plan: array(d.plan, 'plan', 50).map((p, i): PlanItem => {
        const r = record(p, `plan[${i}]`);
        return { what: string(r.what, `plan[${i}].what`, MAX_TEXT), who: string(r.who, `plan[${i}].who`, 500), when: string(r.when, `plan[${i}].when`, 200) };
      }),
      rounds: array(d.rounds, 'rounds', 100).map((x, i): Round => {
        const r = record(x, `rounds[${i}]`);
        const date = isoDate(r.date, `rounds[${i}].date`);
        return {
          id: string(r.id, `rounds[${i}].id`, 40),
          date,
          label: string(r.label, `rounds[${i}].label`, MAX_NAME),
          values: ratingsOf(r.values, `rounds[${i}].values`, ids, false),
          participants: number(r.participants, `rounds[${i}].participants`, 0, 1000, true),
        };
      }),
    };
  });
}

/** The format for one theme's web: its validation refuses another theme's data and unknown statements. */
export function makeFormat(web: WebDef): ToolFormat<SpindelDoc> {
  return {
    tool: TOOL,
    label: 'spindelvævet',
    version: VERSION,
    migrations,
    validate: (data) => validateDoc(web, data),
    empty: () => emptyDoc(web.tema),
  };
}
