/**
 * Every publication marked converted keeps ≥ 99.5 % of its source's letters on its own pages, loses no stretch
 * longer than a printed line, repeats no passage, and no page carries extraction artifacts. The controls show the measure can fail: another publication's pages,
 * 3 % of the sentences removed, or one section doubled all turn it red.
 */
import { describe, expect, it } from 'vitest';
import { MAX_HOLE, THRESHOLD, fidelity, findArtifacts, stripBoilerplate, type PageText } from '../../src/lib/fidelity';
import { builtPages, mainText, publicationPages, publications, sourcePages, sourceText, type PublicationInfo } from '../../scripts/lib/site';

const built = builtPages();
const converted = publications().filter((p) => p.konverteret);
const source = (pub: PublicationInfo) => stripBoilerplate(sourceText(pub), pub.kildestoej);
const pagesOf = new Map(converted.map((pub) => [pub.id, publicationPages(pub, built)]));
const measured = new Map(converted.map((pub) => [pub.id, fidelity(source(pub), pagesOf.get(pub.id)!)]));
const cases = converted.map((pub) => ({ id: pub.id, pub }));
const percent = (r: number) => `${(r * 100).toFixed(2)} %`;

/** Removes every `step`-th sentence of the publication's pages (sentences counted across all pages). */
function withoutSentences(pages: readonly PageText[], step: number): PageText[] {
  let n = 0;
  return pages.map((p) => ({
    url: p.url,
    blocks: p.blocks.map((b) => b.split(/(?<=[.!?])\s+/).filter(() => ++n % step !== 0).join(' ')),
  }));
}

describe('fidelity to the sources', () => {
  it('has all five publications converted, each with its own pages only', () => {
    expect(converted.map((p) => p.id).sort()).toEqual(['kunsten-at-lede-paa-tvaers', 'ledelse-paa-tvaers', 'skole-og-socialomraade', 'tvaerprofessionelt-samarbejde', 'velfaerdsledelse']);
    for (const pages of pagesOf.values()) {
      expect(pages.length).toBeGreaterThan(0);
      expect(pages.filter((p) => !/^\/(publikationer|erfaringer|vaerktoejer)\//.test(p.url) || p.url.includes('/handout'))).toEqual([]);
    }
  });

  it.each(cases)('$id keeps at least 99.5 % of the source letters, loses no sentence and repeats no passage', ({ pub }) => {
    const result = measured.get(pub.id)!;
    console.log(`gengivelse ${pub.id}: ${percent(result.ratio)} (${result.present}/${result.letters} bogstaver), ${result.repeated.length} gentagne passager`);
    const biggest = [...result.missing].sort((a, b) => b.letters - a.letters).slice(0, 5);
    expect(result.ratio, `største huller: ${biggest.map((m) => `linje ${m.line}: «${m.text.slice(0, 80)}»`).join('; ')}`).toBeGreaterThanOrEqual(THRESHOLD);
    expect(result.missing.filter((m) => m.letters > MAX_HOLE).map((m) => `linje ${m.line}: «${m.text.slice(0, 80)}»`)).toEqual([]);
    expect(result.repeated.map((r) => `linje ${r.line} (${r.onSite}× på ${r.urls.join(', ')}, ${r.inSource}× i kilden): «${r.text.slice(0, 80)}»`)).toEqual([]);
  });

  it('scores one publication\'s source low against another publication\'s pages (negative control)', () => {
    const pairs = converted.map((pub, i) => [pub, converted[(i + 1) % converted.length]] as const);
    for (const [pub, other] of pairs) {
      const result = fidelity(source(pub), pagesOf.get(other.id)!);
      expect(result.ratio, `${pub.id} mod siderne fra ${other.id}`).toBeLessThan(0.2);
    }
  });

  it.each(cases)('$id fails when 3 % of its sentences are removed', ({ pub }) => {
    const pages = pagesOf.get(pub.id)!;
    const result = fidelity(source(pub), withoutSentences(pages, 33));
    expect(result.ratio).toBeLessThan(THRESHOLD);
  });

  it.each(cases)('$id fails when one section is doubled', ({ pub }) => {
    const pages = pagesOf.get(pub.id)!;
    const longest = [...pages].sort((a, b) => b.blocks.join('').length - a.blocks.join('').length)[0];
    const section = longest.blocks.slice(0, Math.max(3, Math.floor(longest.blocks.length / 4)));
    const doubled = pages.map((p) => (p === longest ? { url: p.url, blocks: [...p.blocks, ...section] } : p));
    const result = fidelity(source(pub), doubled);
    expect(result.ratio).toBe(measured.get(pub.id)!.ratio);
    expect(result.repeated.length).toBeGreaterThan(0);
    expect(result.repeated.every((r) => r.urls.includes(longest.url))).toBe(true);
  });

  it('no built page carries extraction artifacts', () => {
    const allPages = sourcePages(built).map((p) => ({ url: p.url, text: mainText(p.html, { skipEditorial: false }) }));
    const hits = allPages.flatMap((p) => findArtifacts(p.text).map((h) => `${p.url}: ${h.name}: «${h.excerpt}»`));
    expect(hits).toEqual([]);
  });
});
