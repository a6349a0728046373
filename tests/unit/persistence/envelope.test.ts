import { describe, expect, it } from 'vitest';
import { exportJson, parseImport, unwrap, wrap, type ToolFormat } from '../../../src/lib/persistence/envelope';
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
    expect(parseImport(format, old)).toEqual({ ok: true, value: { title: 'Gammel', scores: [4] } });
  });

  it.each([
    ['not JSON', 'dette er ikke json', 'ikke gyldig JSON'],
    ['another site', JSON.stringify({ hello: 1 }), 'ikke en eksport fra dette site'],
    ['another tool', file({ title: 'x', scores: [] }, { tool: 'borgerrejse' }), 'andet værktøj'],
    ['a newer version', file({ title: 'x', scores: [] }, { version: 9 }), 'nyere udgave'],
    ['the wrong shape', file({ title: 'x' }), 'Feltet «scores»'],
    ['a value out of range', file({ title: 'x', scores: [11] }), 'scores[0]'],
    ['markup in a text field', file({ title: '<img src=x onerror=alert(1)>', scores: [] }), 'HTML eller script'],
    ['a script URL', file({ title: 'javascript:alert(1)', scores: [] }), 'HTML eller script'],
  ])('refuses %s with a Danish message', (_, text, message) => {
    const result = parseImport(format, text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toContain(message);
      expect(result.error).toContain('Intet er ændret');
    }
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
