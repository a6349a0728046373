import { describe, expect, it } from 'vitest';
import { columnsToPages, estimateSectionPages, measureSelector, parseKeys, splitSelectors, startPages, TEXT_AREA } from '../../src/lib/handout/paging';

describe('handout page arithmetic', () => {
  it('gives each block the page after the pages before it', () => {
    expect(startPages([1, 1, 4, 1, 3])).toEqual([1, 2, 3, 7, 8]);
    expect(startPages([])).toEqual([]);
  });

  it('counts the columns a block takes as its pages, at least one', () => {
    expect(columnsToPages(TEXT_AREA.width * 3, TEXT_AREA.width)).toBe(3);
    expect(columnsToPages(TEXT_AREA.width * 3 - 0.4, TEXT_AREA.width)).toBe(3);
    expect(columnsToPages(0, TEXT_AREA.width)).toBe(1);
    expect(columnsToPages(Number.NaN, TEXT_AREA.width)).toBe(1);
    expect(columnsToPages(500, 0)).toBe(1);
  });

  it('measures against the page box of print.css: A4 less 18/16/20 mm', () => {
    expect(TEXT_AREA.width).toBeCloseTo((178 * 96) / 25.4, 5);
    expect(TEXT_AREA.height).toBeCloseTo((259 * 96) / 25.4, 5);
  });

  it('splits selector lists only at top-level commas', () => {
    expect(splitSelectors('.a, .b :is(.c, .d), [data-x="1,2"]')).toEqual(['.a', '.b :is(.c, .d)', '[data-x="1,2"]']);
  });

  it('scopes a print rule to the measuring box without changing its specificity, pseudo-elements kept last', () => {
    expect(measureSelector('.ho-doc .ho-section', '.m')).toBe('.ho-doc .ho-section:where(.m, .m *)');
    expect(measureSelector('.ho-section__body a[data-ho-ref]::after', '.m')).toBe('.ho-section__body a[data-ho-ref]:where(.m, .m *)::after');
    expect(measureSelector('html, body', '.m')).toBeNull();
    expect(measureSelector(':root, .x', '.m')).toBe('.x:where(.m, .m *)');
  });

  it('estimates at least one page per section without JavaScript', () => {
    expect(estimateSectionPages(0)).toBe(1);
    expect(estimateSectionPages(10_000)).toBeGreaterThan(estimateSectionPages(3_000));
  });

  it('reads the keys in the address', () => {
    expect([...parseKeys('a, b,,c')]).toEqual(['a', 'b', 'c']);
    expect(parseKeys(null).size).toBe(0);
  });
});
