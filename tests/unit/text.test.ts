import { describe, expect, it } from 'vitest';
import { countDa, formatYear, listDa, sortDa } from '../../src/lib/text';

describe('Danish text helpers', () => {
  it('sorts æ, ø and å after z', () => {
    expect(sortDa(['Århus', 'Odense', 'Ærø', 'Øster', 'Zealand'], (s) => s)).toEqual(['Odense', 'Zealand', 'Ærø', 'Øster', 'Århus']);
  });
  it('joins lists the Danish way', () => {
    expect(listDa(['A'])).toBe('A');
    expect(listDa(['A', 'B'])).toBe('A og B');
    expect(listDa(['A', 'B', 'C'])).toBe('A, B og C');
  });
  it('marks inferred years and missing years', () => {
    expect(formatYear(2020, false)).toBe('2020');
    expect(formatYear(2020, true)).toBe('2020 (udledt)');
    expect(formatYear(null, true)).toBe('uden årstal');
  });
  it('counts with singular and plural', () => {
    expect(countDa(1, 'side', 'sider')).toBe('1 side');
    expect(countDa(3, 'side', 'sider')).toBe('3 sider');
  });
});
