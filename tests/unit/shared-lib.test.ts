import { describe, expect, it } from 'vitest';
import { dateDa, isoDayDa, timeDa } from '../../src/lib/dates';
import { countDa, pluralDa } from '../../src/lib/plural';
import { isSafeId, newId } from '../../src/lib/ids';

describe('dates in Danish time', () => {
  it('says the Danish day just after midnight, when UTC still says yesterday', () => {
    const justAfterMidnight = new Date('2026-12-01T23:30:00Z'); // 00.30 on 2 December in Copenhagen
    expect(isoDayDa(justAfterMidnight)).toBe('2026-12-02');
    expect(dateDa(justAfterMidnight)).toBe('2. december 2026');
    expect(timeDa(justAfterMidnight)).toBe('00.30');
  });
  it('follows summer time', () => {
    expect(isoDayDa(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
  });
  it('never shows a JavaScript word for a bad date', () => {
    for (const bad of ['not a date', '', undefined, null, Number.NaN]) {
      expect(dateDa(bad)).toBe('');
      expect(timeDa(bad)).toBe('');
    }
  });
});

describe('plurals', () => {
  it('uses Danish rules', () => {
    expect(countDa(1, 'erfaring', 'erfaringer')).toBe('1 erfaring');
    expect(countDa(0, 'erfaring', 'erfaringer')).toBe('0 erfaringer');
    expect(countDa(5, 'side', 'sider')).toBe('5 sider');
    expect(pluralDa(1, 'side', 'sider')).toBe('side');
  });
});

describe('ids', () => {
  it('are unique and safe for selectors', () => {
    const ids = new Set(Array.from({ length: 2000 }, () => newId('p')));
    expect(ids.size).toBe(2000);
    for (const id of ids) expect(isSafeId(id)).toBe(true);
  });
  it('refuses quotes and backslashes', () => {
    expect(isSafeId('a"b')).toBe(false);
    expect(isSafeId('a\\b')).toBe(false);
    expect(isSafeId('')).toBe(false);
  });
});
