/**
 * Three-way merge of two versions of a document that both started from `base`: this window's unsaved change
 * (`mine`) and what another window saved meanwhile (`theirs`). Where only one side changed a value, that change
 * is kept; where both changed the same value, this window's change wins (it is re-applied on top), so no edit
 * is lost and nothing the other window did outside it is undone. Lists of records with unique `id`s merge item
 * by item (added, removed and edited items from both sides); other lists are values. Pure.
 */

type Json = unknown;

function isRecord(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function deepEqual(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isRecord(a) && isRecord(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && deepEqual(a[k], b[k]));
  }
  return false;
}

type Identified = Record<string, Json> & { id: string };

function idList(v: Json): Identified[] | null {
  if (!Array.isArray(v)) return null;
  const seen = new Set<string>();
  for (const x of v) {
    if (!isRecord(x) || typeof x.id !== 'string' || seen.has(x.id)) return null;
    seen.add(x.id);
  }
  return v as Identified[];
}

function mergeById(base: Identified[], mine: Identified[], theirs: Identified[]): Identified[] {
  const b = new Map(base.map((x) => [x.id, x]));
  const m = new Map(mine.map((x) => [x.id, x]));
  const t = new Map(theirs.map((x) => [x.id, x]));
  const out: Identified[] = [];
  // Their order first (what the other window shows), then what only this window added, in its order.
  for (const item of theirs) {
    const was = b.get(item.id);
    const my = m.get(item.id);
    if (!my) {
      // Removed here: stays removed unless the other window edited it meanwhile (then their edit survives).
      if (was && deepEqual(was, item)) continue;
      out.push(item);
    } else out.push(was ? (merge3(was, my, item) as Identified) : (merge3(undefined, my, item) as Identified));
  }
  for (const item of mine) {
    if (t.has(item.id)) continue;
    const was = b.get(item.id);
    // Removed there: stays removed unless this window edited it.
    if (was && deepEqual(was, item)) continue;
    out.push(item);
  }
  return out;
}

export function merge3(base: Json, mine: Json, theirs: Json): Json {
  if (deepEqual(mine, theirs)) return theirs;
  if (deepEqual(base, mine)) return theirs;
  if (deepEqual(base, theirs)) return mine;
  const lists = [idList(mine), idList(theirs)] as const;
  if (lists[0] && lists[1]) return mergeById(idList(base) ?? [], lists[0], lists[1]);
  if (isRecord(mine) && isRecord(theirs)) {
    const b = isRecord(base) ? base : {};
    const out: Record<string, Json> = {};
    const keys = new Set([...Object.keys(theirs), ...Object.keys(mine)]);
    for (const k of keys) {
      const inMine = Object.hasOwn(mine, k);
      const inTheirs = Object.hasOwn(theirs, k);
      const inBase = Object.hasOwn(b, k);
      if (inMine && inTheirs) out[k] = merge3(inBase ? b[k] : undefined, mine[k], theirs[k]);
      else if (inMine) {
        // Missing there: they deleted it (keep only if I changed it) or I added it.
        if (!inBase || !deepEqual(b[k], mine[k])) out[k] = mine[k];
      } else if (!inBase || !deepEqual(b[k], theirs[k])) out[k] = theirs[k];
    }
    return out;
  }
  // Both changed the same plain value or list: this window's change is re-applied on top.
  return mine;
}
