import { describe, expect, it } from 'vitest';
import { noResultsMessage, parseSearchParams, resultSummary, toPagefindFilters, toSearchParams } from '../../src/lib/searchQuery';

describe('search state in the URL', () => {
  it('reads the query and filters from the address', () => {
    const s = parseSearchParams(new URLSearchParams('q=+borgerrejser+&tema=Ledelse&tema=Effekt&kommune=Odense&ukendt=x'));
    expect(s).toEqual({ q: 'borgerrejser', filters: { tema: ['Ledelse', 'Effekt'], kommune: ['Odense'] } });
  });
  it('round-trips through URL parameters', () => {
    const s = { q: 'Odense tidlig indsats', filters: { sidetype: ['Erfaring'] } };
    expect(parseSearchParams(toSearchParams(s))).toEqual(s);
  });
});

describe('Pagefind filters', () => {
  it('widens within a group and narrows across groups', () => {
    expect(toPagefindFilters({ tema: ['Ledelse', 'Effekt'], kommune: ['Odense'] })).toEqual({ tema: { any: ['Ledelse', 'Effekt'] }, kommune: { any: ['Odense'] } });
  });
  it('drops empty groups', () => {
    expect(toPagefindFilters({ tema: [] })).toEqual({});
  });
});

describe('messages', () => {
  it('summarises results in Danish with singular and plural', () => {
    expect(resultSummary(1, { q: 'møder', filters: {} })).toBe('1 resultat for «møder»');
    expect(resultSummary(4, { q: 'møder', filters: { tema: ['Møder'] } })).toBe('4 resultater for «møder» med de valgte filtre');
  });
  it('suggests removing filters when filters are set', () => {
    expect(noResultsMessage({ q: 'xyz', filters: { tema: ['Effekt'] } })).toContain('fjerne et filter');
    expect(noResultsMessage({ q: 'xyz', filters: {} })).not.toContain('filter.');
  });
});
