import { describe, expect, it } from 'vitest';
import { checkReadingOrder, neighbours, toPageRefs, type PageRef } from '../../src/lib/readingOrder';

const k = (id: string): PageRef => ({ kind: 'kapitel', id });
const e = (id: string): PageRef => ({ kind: 'erfaring', id });

describe('toPageRefs', () => {
  it('reads the yaml items as typed references, whether resolved or plain ids', () => {
    expect(toPageRefs([{ kapitel: { id: 'p/intro' } }, { erfaring: 'odense' }])).toEqual([k('p/intro'), e('odense')]);
  });
});

describe('checkReadingOrder', () => {
  it('accepts an order that lists every page once', () => {
    expect(checkReadingOrder('p', [k('a'), e('b')], [e('b'), k('a')])).toEqual([]);
  });
  it('names a page that is missing from the order', () => {
    const problems = checkReadingOrder('p', [k('a')], [k('a'), e('b')]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('erfaring:b');
    expect(problems[0]).toContain('mangler');
  });
  it('names a page listed twice and a page of another publication', () => {
    const problems = checkReadingOrder('p', [k('a'), k('a'), k('x')], [k('a')]);
    expect(problems.some((p) => p.includes('kapitel:a') && p.includes('2 gange'))).toBe(true);
    expect(problems.some((p) => p.includes('kapitel:x'))).toBe(true);
  });
});

describe('neighbours', () => {
  const order = [k('a'), e('b'), k('c')];
  it('gives the previous and next page', () => {
    expect(neighbours(order, e('b'))).toEqual({ prev: k('a'), next: k('c') });
  });
  it('has no previous page at the start and no next page at the end', () => {
    expect(neighbours(order, k('a')).prev).toBeUndefined();
    expect(neighbours(order, k('c')).next).toBeUndefined();
  });
  it('distinguishes kinds with the same id', () => {
    expect(neighbours([k('x'), e('x')], e('x'))).toEqual({ prev: k('x'), next: undefined });
  });
});
