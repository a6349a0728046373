import { describe, expect, it } from 'vitest';
import { countDa, formatYear, listDa, noteSegments, sortDa, sourceNameDa } from '../../src/lib/text';

describe('Danish text helpers', () => {
  it('sorts æ, ø and å after z', () => {
    expect(sortDa(['Århus', 'Odense', 'Ærø', 'Øster', 'Zealand'], (s) => s)).toEqual(['Odense', 'Zealand', 'Ærø', 'Øster', 'Århus']);
  });
  it('joins lists the Danish way', () => {
    expect(listDa(['A'])).toBe('A');
    expect(listDa(['A', 'B'])).toBe('A og B');
    expect(listDa(['A', 'B', 'C'])).toBe('A, B og C');
  });
  it('marks inferred years and missing years in words a reader understands', () => {
    expect(formatYear(2020, false)).toBe('2020');
    expect(formatYear(2020, true)).toBe('ca. 2020 – årstal ikke trykt');
    expect(formatYear(null, true)).toBe('uden årstal');
  });
  it('names a source as a publication, with publishers and year, so it cannot be read as the site', () => {
    expect(sourceNameDa('Ledelse på tværs', ['Væksthus for Ledelse'], 2020, true)).toBe('publikationen «Ledelse på tværs» (Væksthus for Ledelse, ca. 2020)');
    expect(sourceNameDa('Velfærdsledelse', ['A', 'B'], 2014, false)).toBe('publikationen «Velfærdsledelse» (A og B, 2014)');
    expect(sourceNameDa('Kunsten at lede på tværs', ['A'], null, true)).toBe('publikationen «Kunsten at lede på tværs» (A)');
  });
  it('splits an editorial note into text and links', () => {
    expect(noteSegments('Se [værktøjet](/vaerktoejer/5f/) og kilden.')).toEqual([
      { text: 'Se ' }, { text: 'værktøjet', href: '/vaerktoejer/5f/' }, { text: ' og kilden.' },
    ]);
    expect(noteSegments('Ingen link.')).toEqual([{ text: 'Ingen link.' }]);
  });
  it('counts with singular and plural', () => {
    expect(countDa(1, 'side', 'sider')).toBe('1 side');
    expect(countDa(3, 'side', 'sider')).toBe('3 sider');
  });
});
