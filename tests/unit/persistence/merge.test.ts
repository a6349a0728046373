import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deepEqual, merge3 } from '../../../src/lib/persistence/merge';

const base = {
  name: 'Team',
  participants: [{ id: 'p1', name: 'Anne', ratings: { a: 3 } }, { id: 'p2', name: 'Bo', ratings: {} }],
  chosen: ['a'],
  notes: { a: 'note' } as Record<string, string>,
};

describe('two windows: three-way merge', () => {
  it('keeps both windows\u2019 edits to different fields', () => {
    const mine = { ...base, name: 'Ledergruppen' };
    const theirs = { ...base, notes: { a: 'note', b: 'ny note' } };
    expect(merge3(base, mine, theirs)).toEqual({ ...base, name: 'Ledergruppen', notes: { a: 'note', b: 'ny note' } });
  });

  it('merges ratings of the same participant key by key', () => {
    const mine = { ...base, participants: [{ ...base.participants[0]!, ratings: { a: 3, b: 7 } }, base.participants[1]!] };
    const theirs = { ...base, participants: [{ ...base.participants[0]!, ratings: { a: 3, c: 1 } }, base.participants[1]!] };
    expect((merge3(base, mine, theirs) as typeof base).participants[0]!.ratings).toEqual({ a: 3, b: 7, c: 1 });
  });

  it('keeps participants added in either window, and removals from either', () => {
    const mine = { ...base, participants: [...base.participants, { id: 'p3', name: 'Cai', ratings: {} }] };
    const theirs = { ...base, participants: [base.participants[0]!, { id: 'p4', name: 'Dorte', ratings: {} }] };
    const merged = merge3(base, mine, theirs) as typeof base;
    expect(merged.participants.map((p) => p.id)).toEqual(['p1', 'p4', 'p3']);
  });

  it('an item removed in one window but edited in the other survives with the edit', () => {
    const mine = { ...base, participants: [base.participants[0]!] };
    const theirs = { ...base, participants: [base.participants[0]!, { ...base.participants[1]!, name: 'Bo B.' }] };
    expect((merge3(base, mine, theirs) as typeof base).participants.map((p) => p.name)).toEqual(['Anne', 'Bo B.']);
  });

  it('when both changed the same value, this window\u2019s pending change is re-applied on top', () => {
    expect(merge3(base, { ...base, name: 'Mit' }, { ...base, name: 'Deres' })).toMatchObject({ name: 'Mit' });
    expect(merge3(base, { ...base, chosen: ['a', 'b'] }, { ...base, chosen: ['c'] })).toMatchObject({ chosen: ['a', 'b'] });
  });

  it('a key deleted in one window stays deleted unless the other changed it', () => {
    expect(merge3(base, { ...base, notes: {} }, base)).toMatchObject({ notes: {} });
    expect(merge3(base, { ...base, notes: {} }, { ...base, notes: { a: 'ændret' } })).toMatchObject({ notes: { a: 'ændret' } });
  });

  const json = fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: 'small' }, fc.string({ maxLength: 4 }), fc.integer({ min: 0, max: 3 }), fc.array(tie('value'), { maxLength: 3 }), fc.dictionary(fc.constantFrom('a', 'b', 'c'), tie('value'), { maxKeys: 3 })),
  })).value;

  it('property: one side unchanged means the other side wins exactly', () => {
    fc.assert(fc.property(json, json, (b, x) => {
      expect(deepEqual(merge3(b, b, x), x)).toBe(true);
      expect(deepEqual(merge3(b, x, b), x)).toBe(true);
      expect(deepEqual(merge3(b, x, x), x)).toBe(true);
    }), { numRuns: 300 });
  });

  it('property: edits to different top-level fields are both kept', () => {
    fc.assert(fc.property(json, json, json, json, (a, bv, a2, b2) => {
      const start = { a, b: bv };
      const merged = merge3(start, { a: a2, b: bv }, { a, b: b2 }) as { a: unknown; b: unknown };
      expect(deepEqual(merged.a, deepEqual(a, a2) ? a : a2)).toBe(true);
      expect(deepEqual(merged.b, b2)).toBe(true);
    }), { numRuns: 300 });
  });
});
