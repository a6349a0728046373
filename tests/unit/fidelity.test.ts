import { describe, expect, it } from 'vitest';
import { REPEAT_MIN, WINDOW, fidelity, findArtifacts, normalise, stripBoilerplate, type PageText } from '../../src/lib/fidelity';

const SOURCE = `Det er hovedudfordringen for ledelsen på tværs af disse systemer at løsne op
for kompleksiteten og kanalisere de enkelte professioners engage-
ment ind i et fælles perspektiv.`;
const ONE_LINE = 'Det er hovedudfordringen for ledelsen på tværs af disse systemer at løsne op for kompleksiteten og kanalisere de enkelte professioners engagement ind i et fælles perspektiv.';
const page = (...blocks: string[]): PageText => ({ url: '/side/', blocks });

describe('normalise', () => {
  it('keeps only lowercase letters and digits, Danish letters included', () => {
    expect(normalise('Bli’ rig af at gi’ – 0-18-års!')).toBe('blirigafatgi018års');
  });
});

describe('fidelity', () => {
  it('counts a faithful page as complete, whatever its line breaks and hyphenation', () => {
    const result = fidelity(SOURCE, [page(ONE_LINE)]);
    expect(result.ratio).toBe(1);
    expect(result.letters).toBe(normalise(SOURCE).length);
  });

  it('counts every lost letter and reports the lost words with their source line', () => {
    const cut = ONE_LINE.replace(' og kanalisere de enkelte professioners', '');
    const result = fidelity(SOURCE, [page(cut)]);
    const lost = normalise('og kanalisere de enkelte professioners').length;
    expect(result.letters - result.present).toBe(lost);
    expect(result.missing).toEqual([expect.objectContaining({ line: 2, text: 'og kanalisere de enkelte professioners' })]);
  });

  it('counts words cut at the end of a block, where no other window reaches them', () => {
    const cut = ONE_LINE.replace(' ind i et fælles perspektiv.', '');
    expect(fidelity(SOURCE, [page(cut)]).missing.map((m) => m.text)).toEqual(['ind i et fælles perspektiv']);
  });

  it('accepts text split across two pages, and a box the site moves to another page', () => {
    const src = `${SOURCE}\nFaktaboks: Kommunen har afprøvet modellen i tre skoledistrikter siden 2019.\nDet er vigtigt at følge op på erfaringerne løbende og systematisk.`;
    const pages = [
      page('Det er hovedudfordringen for ledelsen på tværs af disse systemer at løsne op for kompleksiteten'),
      page('og kanalisere de enkelte professioners engagement ind i et fælles perspektiv.', 'Det er vigtigt at følge op på erfaringerne løbende og systematisk.'),
      page('Faktaboks: Kommunen har afprøvet modellen i tre skoledistrikter siden 2019.'),
    ];
    expect(fidelity(src, pages).ratio).toBe(1);
  });

  it('never stitches a window together from two blocks or two pages', () => {
    const src = 'Hovedudfordringen for ledelsen er stor';
    expect(fidelity(src, [page('Hovedudfordringen for ledelsen er stor')]).ratio).toBe(1);
    expect(fidelity(src, [page('Hovedudfordrin', 'gen for ledelsen er stor')]).ratio).toBe(0);
    expect(fidelity(src, [page('Hovedudfordrin'), page('gen for ledelsen er stor')]).ratio).toBe(0);
  });

  it('counts a short block (a heading) once, at one place of the source, and a dropped heading as lost', () => {
    const src = 'Styrker\nRedskabet bidrager med god viden om de forskellige fagligheder.\nStyrker\nRedskabet hjælper med at afdække, hvilke fagligheder der er relevante.';
    const both = fidelity(src, [page('Styrker', 'Redskabet bidrager med god viden om de forskellige fagligheder.', 'Styrker', 'Redskabet hjælper med at afdække, hvilke fagligheder der er relevante.')]);
    expect(both.ratio).toBe(1);
    const one = fidelity(src, [page('Styrker', 'Redskabet bidrager med god viden om de forskellige fagligheder.', 'Redskabet hjælper med at afdække, hvilke fagligheder der er relevante.')]);
    expect(one.letters - one.present).toBe('styrker'.length);
    expect(one.missing[0].line).toBe(3);
  });

  it('flags a passage the pages hold more often than the source, with the pages that hold it', () => {
    const twice = fidelity(SOURCE, [page(ONE_LINE), { url: '/kopi/', blocks: [ONE_LINE] }]);
    expect(twice.ratio).toBe(1);
    expect(twice.repeated).toHaveLength(1);
    expect(twice.repeated[0]).toMatchObject({ line: 1, inSource: 1, onSite: 2, urls: ['/side/', '/kopi/'] });
  });

  it('does not flag a source phrase shorter than a printed line that a title repeats', () => {
    const phrase = 'det tværprofessionelle samarbejde';
    expect(normalise(phrase).length).toBeGreaterThanOrEqual(WINDOW);
    expect(normalise(phrase).length).toBeLessThan(REPEAT_MIN);
    const src = `Vi styrker ${phrase} i hele kommunen gennem fælles mål og faste møder.`;
    const result = fidelity(src, [page(phrase, `Vi styrker ${phrase} i hele kommunen gennem fælles mål og faste møder.`)]);
    expect(result.repeated).toEqual([]);
  });

  it('finds page text that is in no source', () => {
    const result = fidelity(SOURCE, [page(ONE_LINE, 'Se også værktøjet om relationel koordinering.')], { unsourced: true });
    expect(result.unsourced).toEqual([{ url: '/side/', text: 'Se også værktøjet om relationel koordinering' }]);
  });
});

describe('stripBoilerplate', () => {
  it('removes boilerplate given as patterns and keeps the line numbers of the rest', () => {
    const src = 'side 8Tværprofessionelt samarbejde – Tema 1\n' + SOURCE;
    const cleaned = stripBoilerplate(src, ['^side \\d+Tværprofessionelt.*$']);
    expect(cleaned).not.toContain('side 8');
    const result = fidelity(cleaned, [page(ONE_LINE.replace(' ind i et fælles perspektiv.', ''))]);
    expect(result.missing[0].line).toBe(4);
  });
});

describe('findArtifacts', () => {
  it.each([
    ['letter-spaced labels', 'F O R S L A G til dagsorden'],
    ['running heads', 'og side 8Tværprofessionelt samarbejde'],
    ['bullet glyph with tab', '•\tførste punkt'],
    ['private-use glyphs', 'punkt \uf0b7 her'],
    ['U+2028', 'linje\u2028skift'],
    ['soft hyphens', 'sam\u00adarbejde'],
    ['words broken inside a line', 'det tværfag- lige samarbejde'],
  ])('finds %s', (_, text) => {
    expect(findArtifacts(text)).toHaveLength(1);
  });
  it('leaves real hyphens and Danish suspended compounds alone', () => {
    expect(findArtifacts('børne- og ungeområdet, fag-, silo- og sektorgrænser, HR-chef og 0-18-årsområdet')).toEqual([]);
  });
});
