/**
 * Page arithmetic for the theme handout. Pure: the browser measures, this counts.
 *
 * Every block of the handout (cover, contents, each section, each worksheet, the endnotes) starts on a new page,
 * so a block's first page is 1 + the pages of the blocks before it. The browser measures each block's pages by
 * laying it out in columns the size of the printed text area (src/browser/handout.ts), with the print rules
 * applied through `measureSelector`.
 */

/** The first page of each block, from each block's number of pages. */
export function startPages(pages: readonly number[]): number[] {
  const out: number[] = [];
  let next = 1;
  for (const n of pages) { out.push(next); next += n; }
  return out;
}

/** Pages a laid-out block takes: its columns, at least one. */
export function columnsToPages(scrollWidth: number, columnWidth: number): number {
  if (!(columnWidth > 0) || !Number.isFinite(scrollWidth)) return 1;
  return Math.max(1, Math.round(scrollWidth / columnWidth));
}

/** Splits a selector list at its top-level commas (not those inside :is(…), :not(…) or [attr="a,b"]). */
export function splitSelectors(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const ch = list[i]!;
    if (quote) { if (ch === quote && list[i - 1] !== '\\') quote = ''; continue; }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    else if (ch === ',' && depth === 0) { out.push(list.slice(start, i).trim()); start = i + 1; }
  }
  out.push(list.slice(start).trim());
  return out.filter(Boolean);
}

/**
 * A print rule's selector made to match only inside the measuring box, with the same specificity, so the box is
 * laid out as on paper: «.ho-doc a::after» → «.ho-doc a:where(.ho-measure, .ho-measure *)::after».
 * Returns null for selectors that cannot apply inside the box (the root, html and body).
 */
export function measureSelector(selectorText: string, box = '.ho-measure'): string | null {
  const scope = `:where(${box}, ${box} *)`;
  const parts = splitSelectors(selectorText).flatMap((sel) => {
    if (/^(?:html|body|:root)(?:[.#:[][^\s>+~]*)?$/.test(sel)) return [];
    const pseudo = /(::?(?:before|after|marker|first-line|first-letter|placeholder))$/.exec(sel);
    return pseudo ? [`${sel.slice(0, pseudo.index)}${scope}${pseudo[1]}`] : [`${sel}${scope}`];
  });
  return parts.length ? parts.join(', ') : null;
}

/** The A4 text area of a printed page in CSS px: A4 less the margins of the site's @page (src/styles/print.css). */
const MM = 96 / 25.4;
export const TEXT_AREA_MM = { width: 210 - 16 - 16, height: 297 - 18 - 20 };
export const TEXT_AREA = { width: TEXT_AREA_MM.width * MM, height: TEXT_AREA_MM.height * MM };

/**
 * A build-time estimate of a section's pages from its text length, for the static page (no JavaScript) and the
 * theme page's «Til mødet»; the handout page measures the real count in the browser.
 */
export const CHARS_PER_PAGE = 3300;
export function estimateSectionPages(chars: number): number {
  return Math.max(1, Math.ceil(chars / CHARS_PER_PAGE));
}

/** Keys in the address: «a,b,c» → {'a', 'b', 'c'}. */
export function parseKeys(value: string | null): Set<string> {
  return new Set((value ?? '').split(',').map((s) => s.trim()).filter(Boolean));
}
