/**
 * Version 2 documents named statements by position («1.2» = dimension 1, statement 2) in the webs as they
 * were when version 3 gave statements stable ids. This table freezes those positions, so a version 2
 * document keeps meaning the same statements however the content is edited later. Never edit it.
 */
const V2_WEBS: Record<string, string[][]> = {
  'de-gode-moeder': [['moe-01', 'moe-02', 'moe-03'], ['moe-04', 'moe-05'], ['moe-06', 'moe-07'], ['moe-08', 'moe-09', 'moe-10']],
  deltagelse: [['del-01', 'del-02', 'del-03', 'del-04'], ['del-05', 'del-06', 'del-07', 'del-08']],
  effekt: [['eff-01', 'eff-02', 'eff-03', 'eff-04'], ['eff-05', 'eff-06', 'eff-07', 'eff-08']],
  'fagligheder-og-lovgivning': [['fag-01', 'fag-02', 'fag-03', 'fag-04'], ['fag-05', 'fag-06', 'fag-07']],
  ledelse: [['led-01', 'led-02', 'led-03'], ['led-04', 'led-05', 'led-06'], ['led-07', 'led-08'], ['led-09', 'led-10', 'led-11']],
  organisering: [['org-01', 'org-02', 'org-03', 'org-04'], ['org-05', 'org-06', 'org-07', 'org-08', 'org-09']],
};

/** The stable id for a version 2 position in a theme, or null when that position did not exist. */
export function idForV2Position(tema: string, position: string): string | null {
  const m = /^(\d+)\.(\d+)$/.exec(position);
  const web = Object.hasOwn(V2_WEBS, tema) ? V2_WEBS[tema]! : null;
  if (!m || !web) return null;
  return web[Number(m[1]) - 1]?.[Number(m[2]) - 1] ?? null;
}

/** Every statement id a theme had in version 2. */
export function v2Ids(tema: string): string[] {
  return Object.hasOwn(V2_WEBS, tema) ? V2_WEBS[tema]!.flat() : [];
}
