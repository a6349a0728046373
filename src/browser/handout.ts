/**
 * The theme handout (src/components/handout/Handout.astro): the chef's choice of sections, kept in the address
 * (?uden=<keys>&med=<keys>&noter=1, so it can be bookmarked), editorial notes as endnotes when chosen, and the
 * page numbers in the contents.
 *
 * Page numbers: every block starts on a new page, so a block's first page follows from the pages of the blocks
 * before it. Each block is measured by laying a copy of it out in columns exactly the size of the printed text
 * area, with the site's print rules applied to the copy (copied from the style sheets, scoped to the measuring
 * box; src/lib/handout/paging.ts). Chromium fragments columns and pages with the same engine, so the count holds
 * on paper; the handout test prints every theme and checks each number against the PDF. The measuring runs
 * synchronously at load and again before printing, so the page's «Udskriv» button and the browser's own print
 * get the same numbers. Without JavaScript the handout prints the core without page numbers.
 */
import { summaryDa, type SectionKind } from '../lib/handout/summary';
import { columnsToPages, measureSelector, parseKeys, startPages, TEXT_AREA } from '../lib/handout/paging';
import { dateDa, isoDayDa } from '../lib/dates';
import { countDa, pluralDa } from '../lib/plural';

const MEASURE = 'ho-measure';

/** The site's print rules, scoped to the measuring box, as one style sheet (built once). */
function printRulesForMeasuring(): CSSStyleSheet {
  const out: string[] = [];
  const isPrint = (m: MediaList) => /\bprint\b/.test(m.mediaText) && !/\bnot\s+print\b|\bscreen\b/.test(m.mediaText);
  const walk = (rules: CSSRuleList, inPrint: boolean): string[] => {
    const css: string[] = [];
    for (const rule of rules) {
      if (rule instanceof CSSMediaRule) {
        if (isPrint(rule.media)) css.push(...walk(rule.cssRules, true));
      } else if (rule instanceof CSSLayerBlockRule) {
        const inner = walk(rule.cssRules, inPrint);
        if (inner.length) css.push(`@layer ${rule.name} { ${inner.join('\n')} }`);
      } else if (inPrint && rule instanceof CSSStyleRule) {
        const sel = measureSelector(rule.selectorText, `.${MEASURE}`);
        if (sel) css.push(`${sel} { ${rule.style.cssText} }`);
      }
    }
    return css;
  };
  for (const sheet of document.styleSheets) {
    try { out.push(...walk(sheet.cssRules, false)); } catch { /* a sheet we may not read holds no print rules of ours */ }
  }
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(out.join('\n'));
  return sheet;
}

function init(root: HTMLElement) {
  const doc = root.querySelector<HTMLElement>('.ho-doc')!;
  const boxes = [...root.querySelectorAll<HTMLInputElement>('input[data-ho-toggle]')];
  const notesBox = root.querySelector<HTMLInputElement>('input[data-ho-notes]');
  const defaults = new Map(boxes.map((b) => [b.value, b.dataset.hoDefault === '1']));
  const estimateEl = root.querySelector<HTMLElement>('[data-ho-estimate]');
  const countEl = root.querySelector<HTMLElement>('[data-ho-count]');
  const endnotes = doc.querySelector<HTMLElement>('#ho-noter')!;
  const endnoteList = endnotes.querySelector<HTMLOListElement>('[data-ho-endnotes]')!;

  const params = new URLSearchParams(location.search);
  const without = parseKeys(params.get('uden'));
  const withKeys = parseKeys(params.get('med'));
  const hele = params.get('hele') === '1';
  for (const b of boxes) b.checked = hele || (defaults.get(b.value) ? !without.has(b.value) : withKeys.has(b.value));
  if (notesBox) notesBox.checked = params.get('noter') === '1';

  const measureSheet = printRulesForMeasuring();
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, measureSheet];

  function apply() {
    for (const b of boxes) {
      for (const el of doc.querySelectorAll<HTMLElement>(`[data-ho-key="${CSS.escape(b.value)}"]`)) el.hidden = !b.checked;
    }
    doc.classList.toggle('ho-doc--uden-web', !boxes.some((b) => b.value === 'ark-spindelvaev' && b.checked));
    // Publications of added pages join the cover's list of sources.
    for (const li of doc.querySelectorAll<HTMLElement>('[data-ho-pub-item]')) {
      li.hidden = !doc.querySelector(`.ho-section[data-ho-pub="${CSS.escape(li.dataset.hoPubItem!)}"]:not([hidden])`);
    }
    writeNotes();
    // The last line (address and print date) closes the last printed block rather than opening a page of its own.
    const lastLine = doc.querySelector<HTMLElement>('[data-ho-lastline]');
    const blocks = doc.querySelectorAll<HTMLElement>('.ho-doc > .ho-block:not([hidden])');
    if (lastLine) blocks[blocks.length - 1]?.append(lastLine);
    const n = boxes.filter((b) => b.checked).length;
    if (countEl) countEl.textContent = countDa(n, 'afsnit', 'afsnit');
    const summary = doc.querySelector('[data-ho-summary]');
    if (summary) summary.textContent = summaryDa([...doc.querySelectorAll<HTMLElement>('.ho-doc > [data-ho-kind]:not([hidden])')].map((el) => el.dataset.hoKind as SectionKind).filter((k) => k !== ('noter' as SectionKind)));
    writeReferences();
    paginate();
  }

  /** Chosen notes leave the text for the endnotes, with their number where they stood. */
  function writeNotes() {
    const on = Boolean(notesBox?.checked);
    for (const ref of doc.querySelectorAll('.ho-noteref')) ref.remove();
    endnoteList.replaceChildren();
    let n = 0;
    if (on) {
      doc.querySelectorAll<HTMLElement>('.ho-section:not([hidden])').forEach((section) => {
        const title = section.querySelector('.ho-section__title')?.textContent?.trim() ?? '';
        for (const note of section.querySelectorAll<HTMLElement>('[data-ho-note]')) {
          n++;
          const ref = document.createElement('sup');
          ref.className = 'ho-noteref';
          ref.textContent = String(n);
          note.after(ref);
          const li = document.createElement('li');
          li.innerHTML = note.innerHTML;
          const where = document.createElement('span');
          where.className = 'ho-endnotes__where';
          where.textContent = `${title}: `;
          li.prepend(where);
          endnoteList.append(li);
        }
      });
    }
    const show = on && n > 0;
    endnotes.hidden = !show;
    const tocItem = doc.querySelector<HTMLElement>('.ho-toc li[data-ho-key="ho-noter"]');
    if (tocItem) tocItem.hidden = !show;
  }

  /**
   * On paper a link must say where it goes: a page printed in this handout is referred to by its section number,
   * any other page of the site by its full address (print CSS writes data-ho-ref after the link text).
   */
  function writeReferences() {
    const numbers = new Map<string, number>();
    doc.querySelectorAll<HTMLElement>('.ho-doc > .ho-section:not([hidden]), .ho-doc > .ho-sheet:not([hidden])').forEach((el, i) => {
      if (el.dataset.hoPath) numbers.set(el.dataset.hoPath, i + 1);
    });
    for (const a of doc.querySelectorAll<HTMLAnchorElement>('.ho-section__body a[href^="/"]')) {
      const url = new URL(a.getAttribute('href')!, location.origin);
      const n = url.search ? undefined : numbers.get(url.pathname);
      a.dataset.hoRef = n ? `se afsnit ${n}` : url.href;
    }
  }

  /** Pages of one block, laid out in columns the size of the printed text area. */
  function pagesOf(block: HTMLElement, box: HTMLElement): number {
    if (block.dataset.hoPages) return Number(block.dataset.hoPages);
    const copy = block.cloneNode(true) as HTMLElement;
    copy.removeAttribute('id');
    box.replaceChildren(copy);
    return columnsToPages(box.scrollWidth, TEXT_AREA.width);
  }

  /** Measures every printed block and writes each section's first page into the contents. */
  function paginate() {
    const box = document.createElement('div');
    box.className = MEASURE;
    box.setAttribute('aria-hidden', 'true');
    box.style.setProperty('--ho-measure-w', `${TEXT_AREA.width}px`);
    box.style.setProperty('--ho-measure-h', `${TEXT_AREA.height}px`);
    doc.append(box);
    const blocks = [...doc.querySelectorAll<HTMLElement>('.ho-doc > .ho-block:not([hidden])')];
    let counts: number[] = [];
    // Twice: the page numbers written in the first pass may change the contents' own length.
    for (let pass = 0; pass < 2; pass++) {
      counts = blocks.map((b) => pagesOf(b, box));
      const starts = startPages(counts);
      blocks.forEach((b, i) => {
        const key = b.dataset.hoKey;
        const cell = key && doc.querySelector<HTMLElement>(`.ho-toc li[data-ho-key="${CSS.escape(key)}"] [data-ho-page]`);
        if (cell) cell.textContent = `side ${starts[i]}`;
      });
    }
    box.remove();
    const total = counts.reduce((a, b) => a + b, 0);
    if (estimateEl) estimateEl.textContent = `${total} A4-${pluralDa(total, 'side', 'sider')}`;
    root.dataset.hoPages = String(total);
  }

  function writeAddress() {
    const uden = boxes.filter((b) => defaults.get(b.value) && !b.checked).map((b) => encodeURIComponent(b.value));
    const med = boxes.filter((b) => !defaults.get(b.value) && b.checked).map((b) => encodeURIComponent(b.value));
    const query = [uden.length ? `uden=${uden.join(',')}` : '', med.length ? `med=${med.join(',')}` : '', notesBox?.checked ? 'noter=1' : ''].filter(Boolean).join('&');
    history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
  }

  root.addEventListener('change', (e) => {
    if ((e.target as HTMLElement).matches('input[data-ho-toggle], input[data-ho-notes]')) { apply(); writeAddress(); }
  });
  root.querySelector('[data-ho-hele]')?.addEventListener('click', () => { boxes.forEach((b) => { b.checked = true; }); apply(); writeAddress(); });
  root.querySelector('[data-ho-reset]')?.addEventListener('click', () => {
    boxes.forEach((b) => { b.checked = defaults.get(b.value)!; });
    if (notesBox) notesBox.checked = false;
    apply(); writeAddress();
  });

  // Today's date and this site's address on the cover and the last line (the static page has the build's).
  const stampDate = () => {
    const now = new Date();
    for (const time of doc.querySelectorAll<HTMLTimeElement>('[data-ho-date]')) { time.textContent = dateDa(now); time.dateTime = isoDayDa(now); }
    for (const label of doc.querySelectorAll<HTMLElement>('[data-ho-date-label]')) label.textContent = 'Udskrevet';
  };
  stampDate();
  for (const el of doc.querySelectorAll<HTMLElement>('.ho-url[data-ho-path]')) el.textContent = `${location.origin}${el.dataset.hoPath}`;
  window.addEventListener('beforeprint', () => { stampDate(); paginate(); });

  // A link whose text already is its address needs no address written after it in print.
  const bare = (s: string) => s.trim().replace(/^https?:\/\//, '').replace(/\/$/, '').toLowerCase();
  for (const a of doc.querySelectorAll<HTMLAnchorElement>('.ho-section__body a[href^="http"]')) {
    if (bare(a.textContent ?? '') === bare(a.getAttribute('href')!)) a.dataset.hoBare = '';
  }

  apply();
  // Web fonts change line breaks: measure again once they are in (the load event waits for them).
  if (document.readyState !== 'complete') window.addEventListener('load', paginate, { once: true });
  document.fonts?.ready.then(paginate);
}

const root = document.querySelector<HTMLElement>('[data-handout]');
if (root) init(root);
