import { describe, expect, it } from 'vitest';
import { coverage, findArtifacts, normalise, stripBoilerplate, windows } from '../../src/lib/fidelity';

const SOURCE = `Det er hovedudfordringen for ledelsen på tværs af disse systemer at løsne op
for kompleksiteten og kanalisere de enkelte professioners engage-
ment ind i et fælles perspektiv.`;

describe('normalise', () => {
  it('keeps only lowercase letters and digits, Danish letters included', () => {
    expect(normalise('Bli’ rig af at gi’ – 0-18-års!')).toBe('blirigafatgi018års');
  });
});

describe('windows', () => {
  it('starts a 24-letter window at every word that has 24 letters after it', () => {
    const w = windows('aaaa bbbb cccc dddd eeee ffff gggg');
    expect(w).toEqual(['aaaabbbbccccddddeeeeffff', 'bbbbccccddddeeeeffffgggg']);
  });
});

describe('coverage', () => {
  it('counts a faithful page as complete, whatever its line breaks and hyphenation', () => {
    const page = 'Det er hovedudfordringen for ledelsen på tværs af disse systemer at løsne op for kompleksiteten og kanalisere de enkelte professioners engagement ind i et fælles perspektiv.';
    expect(coverage(SOURCE, [page]).ratio).toBe(1);
  });
  it('reports the windows a page lost', () => {
    const page = 'Det er hovedudfordringen for ledelsen på tværs af disse systemer.';
    const cov = coverage(SOURCE, [page]);
    expect(cov.ratio).toBeLessThan(0.6);
  });
  it('accepts text split across two pages', () => {
    const [a, b] = ['Det er hovedudfordringen for ledelsen på tværs af disse systemer at løsne op', 'for kompleksiteten og kanalisere de enkelte professioners engagement ind i et fælles perspektiv.'];
    expect(coverage(SOURCE, [b, a]).ratio).toBe(1);
  });
  it('accepts blocks that the site reorders (a rebuilt diagram or a moved box), but not words lost inside a block', () => {
    const src = 'Trin 1 Den fælles historie Trin 2 Det fælles mål Trin 3 Fælles indsats og afslutning på mødet';
    const reordered = 'Trin 3\nFælles indsats og afslutning på mødet\nTrin 1\nDen fælles historie\nTrin 2\nDet fælles mål';
    expect(coverage(src, [reordered]).ratio).toBe(1);
    const lossy = 'Trin 3\nFælles indsats og mødet\nTrin 1\nDen fælles historie\nTrin 2\nDet fælles mål';
    expect(coverage(src, [lossy]).ratio).toBeLessThan(1);
  });

  it('ignores boilerplate given as patterns', () => {
    const src = 'side 8Tværprofessionelt samarbejde – Tema 1\n' + SOURCE;
    const cleaned = stripBoilerplate(src, ['^side \\d+Tværprofessionelt.*$']);
    expect(cleaned).not.toContain('side 8');
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
