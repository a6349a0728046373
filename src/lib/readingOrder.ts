/**
 * A publication's reading order: which pages it holds, in order, and the checks that keep
 * `indhold` in content/publikationer/*.yaml honest. Pure: no Astro imports, so it is unit-tested.
 */

export type PageKind = 'kapitel' | 'erfaring' | 'vaerktoej';

export interface PageRef {
  kind: PageKind;
  id: string;
}

/** Turns the YAML's `- kapitel: x` / `- erfaring: y` items into typed refs. */
export function toPageRefs(items: ReadonlyArray<Record<string, { id: string } | string>>): PageRef[] {
  return items.map((item) => {
    const [kind, value] = Object.entries(item)[0] as [PageKind, { id: string } | string];
    return { kind, id: typeof value === 'string' ? value : value.id };
  });
}

/**
 * Checks that a publication's reading order lists every page that names the publication, exactly once,
 * and nothing else. Returns Danish problem descriptions (empty when all is well).
 */
export function checkReadingOrder(publikation: string, order: PageRef[], pages: PageRef[]): string[] {
  const key = (r: PageRef) => `${r.kind}:${r.id}`;
  const problems: string[] = [];
  const seen = new Map<string, number>();
  for (const r of order) seen.set(key(r), (seen.get(key(r)) ?? 0) + 1);
  const expected = new Set(pages.map(key));
  for (const [k, n] of seen) {
    if (n > 1) problems.push(`${publikation}: «${k}» står ${n} gange i indhold`);
    if (!expected.has(k)) problems.push(`${publikation}: «${k}» står i indhold, men siden angiver ikke publikationen ${publikation}`);
  }
  for (const k of expected) {
    if (!seen.has(k)) problems.push(`${publikation}: siden «${k}» mangler i publikationens indhold (læserækkefølge)`);
  }
  return problems;
}

/** The previous and next page around `current` in the reading order. */
export function neighbours(order: PageRef[], current: PageRef): { prev?: PageRef; next?: PageRef } {
  const i = order.findIndex((r) => r.kind === current.kind && r.id === current.id);
  if (i < 0) return {};
  return { prev: order[i - 1], next: order[i + 1] };
}
