import { describe, expect, it } from 'vitest';
import { exportFileName, exportJson, importBytes, parseImport, unwrap, wrap, type ToolFormat } from '../../../src/lib/persistence/envelope';
import { attempt, array, number, record, string } from '../../../src/lib/persistence/validate';

interface DocV2 { title: string; scores: number[] }

/** A test format: v1 stored `name` and `score`; v2 renamed to `title` and a list of scores. */
const format: ToolFormat<DocV2> = {
  tool: 'test',
  label: 'testværktøjet',
  version: 2,
  migrations: {
    1: (d) => {
      const old = d as { name: string; score: number };
      return { title: old.name, scores: [old.score] };
    },
  },
  validate: (d) =>
    attempt(() => {
      const r = record(d, '');
      return { title: string(r.title, 'title', 100), scores: array(r.scores, 'scores').map((s, i) => number(s, `scores[${i}]`, 0, 10)) };
    }),
  empty: () => ({ title: '', scores: [] }),
};

const file = (data: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'ledelse-paa-tvaers', tool: 'test', version: 2, savedAt: '2026-11-23T10:00:00.000Z', data, ...extra });

describe('export and import', () => {
  it('imports what it exported', () => {
    const doc = { title: 'Ledergruppen', scores: [3, 7] };
    expect(parseImport(format, exportJson(format, doc))).toEqual({ ok: true, value: doc });
  });

  it('migrates an old version on import', () => {
    const old = JSON.stringify({ format: 'ledelse-paa-tvaers', tool: 'test', version: 1, savedAt: '2025-01-01T00:00:00Z', data: { name: 'Gammel', score: 4 } });
    expect(parseImport(format, old)).toMatchObject({ ok: true, value: { title: 'Gammel', scores: [4] } });
  });

  it.each([
    ['not JSON', 'dette er ikke json', 'ikke gyldig JSON'],
    ['another site', JSON.stringify({ hello: 1 }), 'ikke en eksport fra dette site'],
    ['another tool', file({ title: 'x', scores: [] }, { tool: 'borgerrejse' }), 'Filen er fra et andet værktøj (borgerrejsen), ikke fra testværktøjet'],
    ['an unknown tool', file({ title: 'x', scores: [] }, { tool: undefined }), 'andet værktøj eller program'],
    ['a tool name that is an object', file({ title: 'x', scores: [] }, { tool: { a: 1 } }), 'andet værktøj eller program'],
    ['a version that is not a safe integer', file({ title: 'x', scores: [] }, { version: 1e300 }), 'gyldigt versionsnummer'],
    ['a control character', file({ title: 'a\u0007b', scores: [] }), 'styretegn'],
    ['a bidi override', file({ title: 'abc\u202Egpj.exe', scores: [] }), 'retning'],
    ['a lone surrogate', '{"format":"ledelse-paa-tvaers","tool":"test","version":2,"data":{"title":"\\ud800","scores":[]}}', 'ødelagt tegn'],
    ['a prototype key', '{"format":"ledelse-paa-tvaers","tool":"test","version":2,"data":{"title":"x","scores":[],"__proto__":{"x":1}}}', 'ikke må bruges'],
    ['2,500 levels of nesting', '['.repeat(2500) + ']'.repeat(2500), 'dybere end'],
    ['deep nesting inside data', file({ title: 'x', scores: [] }, { extra: JSON.parse('['.repeat(40) + ']'.repeat(40)) }), 'dybere end'],
    ['an empty text', '', 'ikke gyldig JSON'],
    ['a JSON null', 'null', 'ikke en eksport'],
    ['a newer version', file({ title: 'x', scores: [] }, { version: 9 }), 'nyere udgave'],
    ['the wrong shape', file({ title: 'x' }), 'Feltet «scores»'],
    ['a value out of range', file({ title: 'x', scores: [11] }), 'scores[0]'],
  ])('refuses %s with a Danish message', (_, text, message) => {
    const result = parseImport(format, text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toContain(message);
      expect(result.error).toContain('Intet er ændret');
      expect(result.error).not.toMatch(/undefined|NaN|Invalid Date|\[object/);
    }
  });

  it.each([
    'onsdag = fast mødedag', 'det gør ondt = …', 'Tid: <ingen aftale>', 'Se <https://kk.dk>', 'a<b', '<script> står der i mailen',
    'javascript:void(0) er en lenke', 'x onclick=y', 'Mål: 3 > 2? «Ja» – og 5 % flere', 'linje 1\nlinje 2\ttab',
  ])('keeps ordinary text «%s» exactly as written', (title) => {
    const r = parseImport(format, exportJson(format, { title, scores: [] }));
    expect(r).toMatchObject({ ok: true, value: { title } });
  });

  it('finds CPR-like text anywhere in an imported document and names the field', () => {
    const r = parseImport(format, file({ title: 'Barnet 010190-1234 og søster', scores: [] }));
    expect(r.ok && r.cpr?.map((h) => [h.path, h.masked])).toEqual([['title', '010190-••••']]);
  });

  it('never throws, whatever the validator does', () => {
    const throwing: ToolFormat<DocV2> = { ...format, validate: () => { throw new RangeError('Maximum call stack size exceeded'); } };
    const r = parseImport(throwing, file({ title: 'x', scores: [] }));
    expect(r).toMatchObject({ ok: false });
    if (!r.ok) expect(r.error).toMatch(/^Filens indhold kunne ikke læses\. Intet er ændret\.$/);
  });

  it('refuses a file over the size limit before parsing it', () => {
    const big = file({ title: 'x'.repeat(2_000), scores: [] });
    const result = parseImport(format, big, 1_000);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain('for stor');
  });

  it('keeps ordinary text with angle-free punctuation', () => {
    expect(parseImport(format, file({ title: 'Mål: 3 > 2? «Ja» – og 5 % flere', scores: [] })).ok).toBe(true);
  });
});

describe('bytes from other editors', () => {
  const exported = (title: string) => exportJson(format, { title, scores: [] });
  it('reads UTF-8 with and without a byte-order mark, silently', () => {
    const bytes = new TextEncoder().encode(exported('Ærø og Åbenrå'));
    expect(importBytes(format, bytes)).toEqual({ ok: true, value: { title: 'Ærø og Åbenrå', scores: [] } });
    expect(importBytes(format, new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]))).toMatchObject({ ok: true, value: { title: 'Ærø og Åbenrå' } });
  });
  it('recovers a file re-saved as Windows-1252 and says so', () => {
    const text = exported('Ærø og Åbenrå – «øl»');
    const bytes = Uint8Array.from([...text].map((c) => ({ 'Æ': 0xc6, 'ø': 0xf8, 'Å': 0xc5, 'å': 0xe5, '–': 0x96, '«': 0xab, '»': 0xbb } as Record<string, number>)[c] ?? c.charCodeAt(0)));
    const r = importBytes(format, bytes);
    expect(r).toMatchObject({ ok: true, value: { title: 'Ærø og Åbenrå – «øl»' } });
    expect(r.ok && r.notices?.join(' ')).toContain('Windows-1252');
  });
  it('reads UTF-16 from Notepad', () => {
    const text = exported('Ærø');
    const le = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) { le[2 + i * 2] = text.charCodeAt(i) & 0xff; le[3 + i * 2] = text.charCodeAt(i) >> 8; }
    expect(importBytes(format, le)).toMatchObject({ ok: true, value: { title: 'Ærø' } });
  });
  it.each([
    ['binary data', new Uint8Array([0x7b, 0x00, 0xff, 0x10, 0x22]), 'ikke en tekstfil'],
    ['an empty file', new Uint8Array(), 'tom'],
    ['bytes without a character in Windows-1252', new Uint8Array([0x7b, 0x81, 0x7d]), 'hverken'],
  ])('refuses %s', (_, bytes, message) => {
    const r = importBytes(format, bytes);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(message);
  });
});

describe('wrap and unwrap', () => {
  it('records tool, version and time', () => {
    const env = wrap(format, { title: 'a', scores: [] }, new Date('2026-11-23T12:00:00Z'));
    expect(env).toMatchObject({ format: 'ledelse-paa-tvaers', tool: 'test', version: 2, savedAt: '2026-11-23T12:00:00.000Z' });
    expect(unwrap(format, env)).toEqual({ ok: true, value: { title: 'a', scores: [] } });
  });
  it('fails when a migration is missing', () => {
    const noMigrations = { ...format, migrations: {} };
    const r = unwrap(noMigrations, { format: 'ledelse-paa-tvaers', tool: 'test', version: 1, data: {} });
    expect(r.ok).toBe(false);
  });
});

describe('file names', () => {
  it('dates the export in Danish time (just after midnight it is already tomorrow)', () => {
    expect(exportFileName(format, new Date('2026-11-23T23:30:00Z'))).toBe('test-2026-11-24.json');
  });
});
