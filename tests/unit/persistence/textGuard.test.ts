import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanDeep, cleanText, findUnsafe, jsonDepth, unsafeReason } from '../../../src/lib/persistence/textGuard';

describe('what the text guard refuses', () => {
  it.each([
    ['a NUL', 'a\u0000b', 'styretegn'],
    ['a bell', 'a\u0007', 'styretegn'],
    ['a C1 control', 'a\u0085', 'styretegn'],
    ['DEL', 'a\u007f', 'styretegn'],
    ['a right-to-left override', 'fil\u202Etxt.exe', 'retning'],
    ['a bidi isolate', 'a\u2067b', 'retning'],
    ['a lone high surrogate', 'a\ud800', 'ødelagt'],
    ['a lone low surrogate', '\udc00b', 'ødelagt'],
  ])('refuses %s', (_, text, reason) => {
    expect(unsafeReason(text)).toContain(reason);
  });

  it.each(['onsdag = fast mødedag', 'det gør ondt = …', 'Tid: <ingen aftale>', 'Se <https://kk.dk>', 'a<b', '<b>fed</b>', 'linje\nlinje\r\n\ttab', '😀 👩‍👧 ÆØÅ', 'עברית\u200F'])(
    'keeps «%s»',
    (text) => expect(unsafeReason(text)).toBeNull(),
  );

  it('names the field and refuses prototype keys', () => {
    expect(findUnsafe({ a: ['ok', { b: 'x\u0001' }] })).toMatchObject({ path: 'a[1].b' });
    expect(findUnsafe(JSON.parse('{"a":{"__proto__":{"polluted":1}}}'))).toMatchObject({ path: 'a.__proto__' });
    expect(findUnsafe({ a: 'ok', n: 3, b: true, c: null })).toBeNull();
  });

  it('stops at deep nesting without overflowing the stack', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findUnsafe(deep)?.reason).toContain('dybere');
  });

  it('counts nesting depth in a JSON text, ignoring brackets inside strings', () => {
    expect(jsonDepth('{"a":[1,{"b":"[[[[["}]}')).toBe(3);
    expect(jsonDepth('"\\"[["')).toBe(0);
    expect(jsonDepth('['.repeat(2500), 32)).toBe(33);
  });
});

describe('cleanText makes any typed text storable', () => {
  it('turns vertical tab and form feed (from Word) into line breaks and drops the rest', () => {
    expect(cleanText('a\u000bb\u000cc\u0000d\u202Ee')).toBe('a\nb\nc' + 'de');
  });
  it('property: cleaned text is never refused, and cleaning is idempotent', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
      const c = cleanText(s);
      expect(unsafeReason(c)).toBeNull();
      expect(cleanText(c)).toBe(c);
    }), { numRuns: 500 });
  });
  it('property: safe text is left as it is (same object when nothing changes)', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 100 }), (s) => {
      if (unsafeReason(s) === null) expect(cleanText(s)).toBe(s);
    }));
    const doc = { a: ['x', { b: 'y' }] };
    expect(cleanDeep(doc)).toBe(doc);
    expect(cleanDeep({ a: ['x\u0000'] })).toEqual({ a: ['x'] });
  });
});
