import { describe, expect, it } from 'vitest';
import { cprYear, findCprLike, firstCprLike, isValidDate, looksLikeCpr } from '../../src/lib/cpr';

describe('CPR-like detector', () => {
  it.each([
    ['010190-1234', 'with dash'],
    ['0101901234', 'without dash'],
    ['010190 1234', 'with a space'],
    ['Borgeren har cpr 150385-2468, og hun', 'inside a sentence'],
    ['290296-0123', '29 February in a leap year (1996)'],
    ['290200-4123', '29 February 2000 (serial 4: born 2000, a leap year)'],
    ['311299-5999', '31 December 1899 (serial 5, year above 57)'],
    ['cpr:0101901234.', 'next to punctuation'],
  ])('warns on %s (%s)', (text) => {
    expect(looksLikeCpr(text)).toBe(true);
  });

  it.each([
    ['123456-7890', 'month 34'],
    ['320190-1234', 'day 32'],
    ['310490-1234', '31 April'],
    ['000190-1234', 'day 0'],
    ['010090-1234', 'month 0'],
    ['290200-1234', '29 February 1900 (serial 1: not a leap year)'],
    ['290201-5123', '29 February 2001'],
    ['01019012345', 'eleven digits: part of a longer number'],
    ['9010190-1234', 'a digit before the date'],
    ['Tlf. 12 34 56 78', 'a phone number'],
    ['Sagsnr. 2024-123456', 'a case number'],
    ['Mødet 01.01.1990 kl. 10:30', 'a written date and time'],
    ['010190-123', 'only three serial digits'],
    ['20240115', 'an ISO date without dashes'],
    ['', 'empty text'],
  ])('does not warn on %s (%s)', (text) => {
    expect(looksLikeCpr(text)).toBe(false);
  });

  it('reports every hit with its position and the serial masked', () => {
    const hits = findCprLike('A: 010190-1234, B: 0202851111');
    expect(hits.map((h) => [h.match, h.index, h.masked])).toEqual([
      ['010190-1234', 3, '010190-••••'],
      ['0202851111', 19, '020285••••'],
    ]);
  });

  it('checks several fields and returns the first hit', () => {
    expect(firstCprLike('Intet her', undefined, 'se 010190-1234')?.match).toBe('010190-1234');
    expect(firstCprLike('Intet her', '')).toBeNull();
  });

  it('derives the century from the serial number as the CPR register does', () => {
    expect(cprYear(90, 1)).toBe(1990);
    expect(cprYear(10, 4)).toBe(2010);
    expect(cprYear(40, 4)).toBe(1940);
    expect(cprYear(50, 6)).toBe(2050);
    expect(cprYear(60, 6)).toBe(1860);
    expect(cprYear(36, 9)).toBe(2036);
    expect(cprYear(37, 9)).toBe(1937);
  });

  it('knows the calendar', () => {
    expect(isValidDate(2024, 2, 29)).toBe(true);
    expect(isValidDate(2023, 2, 29)).toBe(false);
    expect(isValidDate(2000, 2, 29)).toBe(true);
    expect(isValidDate(1900, 2, 29)).toBe(false);
    expect(isValidDate(2024, 13, 1)).toBe(false);
  });
});
