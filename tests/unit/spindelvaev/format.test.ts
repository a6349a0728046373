import { describe, expect, it } from 'vitest';
import { exportJson, parseImport } from '../../../src/lib/persistence/envelope';
import { load } from '../../../src/lib/persistence/store';
import { makeFormat } from '../../../src/lib/spindelvaev/format';
import { emptyDoc, type SpindelDoc } from '../../../src/lib/spindelvaev/model';
import { otherWeb, web } from './fixtures';

const format = makeFormat(web);
const doc: SpindelDoc = {
  ...emptyDoc('testtema'),
  participants: [{ id: 'p1', name: 'Anne', ratings: { '1.1': 0, '2.2': 10 } }],
  notes: { '1.1': 'Vi mangler en fast struktur' },
  chosen: ['1.1', '1.2', '2.2'],
  noticed: 'Forældrene oplever …',
  requires: 'Tid på dagsordenen',
  plan: [{ what: 'Fast punkt på teammødet', who: 'Teamleder', when: 'Marts' }],
  rounds: [{ id: 'r1', date: '2026-01-15', label: 'Start', values: { '1.1': 3.5 }, participants: 2 }],
};
const file = (data: unknown, version = 2, tool = 'spindelvaev') =>
  JSON.stringify({ format: 'ledelse-paa-tvaers', tool, version, savedAt: '2026-02-01T10:00:00.000Z', data });

describe('export and import of a theme web', () => {
  it('imports what it exported', () => {
    expect(parseImport(format, exportJson(format, doc))).toEqual({ ok: true, value: doc });
  });
  it('accepts an empty document', () => {
    expect(parseImport(format, exportJson(format, emptyDoc('testtema')))).toMatchObject({ ok: true, value: emptyDoc('testtema') });
  });

  const bad = (patch: Partial<Record<keyof SpindelDoc, unknown>>) => file({ ...doc, ...patch });
  it.each([
    ['not JSON', '{"format": "ledelse-paa-tvaers", ', /ikke gyldig JSON/],
    ['larger than 1 MB', file({ ...doc, noticed: 'x'.repeat(1_000_001) }), /for stor/],
    ['a control character in a note', bad({ notes: { '1.1': 'a\u0000b' } }), /«notes\.1\.1» indeholder et usynligt styretegn/],
    ['a bidi override in a name', bad({ participants: [{ id: 'p', name: 'abc\u202E', ratings: {} }] }), /retning/],
    ['another tool', file(doc, 2, '5f'), /Filen er fra et andet værktøj \(5F-værktøjet\), ikke fra spindelvævet/],
    ['another theme', makeFormatExport(otherWeb), /temaet «andet-tema», ikke «testtema»/],
    ['a rating above 10', bad({ participants: [{ id: 'p', name: '', ratings: { '1.1': 11 } }] }), /participants\[0\]\.ratings\.1\.1.*mellem 0 og 10/],
    ['a negative rating', bad({ participants: [{ id: 'p', name: '', ratings: { '1.1': -1 } }] }), /mellem 0 og 10/],
    ['a fractional rating', bad({ participants: [{ id: 'p', name: '', ratings: { '1.1': 2.5 } }] }), /helt tal/],
    ['a rating as text', bad({ participants: [{ id: 'p', name: '', ratings: { '1.1': '5' } }] }), /skal være et tal/],
    ['an unknown statement', bad({ notes: { '9.9': 'x' } }), /notes\.9\.9.*ikke et udsagn/],
    ['four choices', bad({ chosen: ['1.1', '1.2', '1.3', '2.1'] }), /«chosen».*højst have 3 elementer\. Intet/],
    ['a round value above 10', bad({ rounds: [{ id: 'r', date: '2026-01-01', label: '', values: { '1.1': 10.5 }, participants: 1 }] }), /rounds\[0\]\.values/],
    ['a round without a date', bad({ rounds: [{ id: 'r', date: 'i går', label: '', values: {}, participants: 1 }] }), /rounds\[0\]\.date.*dato/],
    ['wrong shape', file({ ...doc, participants: 'Anne' }), /«participants».*liste/],
    ['not an export at all', JSON.stringify([1, 2, 3]), /ikke en eksport/],
    ['a newer version', file(doc, 3), /nyere udgave/],
  ])('rejects %s with a Danish message', (_, text, message) => {
    const r = parseImport(format, text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatch(message);
      expect(r.error).toMatch(/Intet er ændret/);
    }
  });
});

function makeFormatExport(w: typeof otherWeb) {
  return exportJson(makeFormat(w), emptyDoc(w.tema));
}

describe('migrations', () => {
  const v1 = { tema: 'testtema', ratings: { '1.1': 4, '2.1': 8 }, notes: { '1.1': 'Note' }, chosen: ['1.1'], plan: 'Vi starter i marts' };

  it('upgrades a version 1 file (one person, plan as text) on import', () => {
    const r = parseImport(format, file(v1, 1));
    expect(r).toMatchObject({
      ok: true,
      value: {
        ...emptyDoc('testtema'),
        participants: [{ id: 'p1', name: '', ratings: { '1.1': 4, '2.1': 8 } }],
        notes: { '1.1': 'Note' },
        chosen: ['1.1'],
        plan: [{ what: 'Vi starter i marts', who: '', when: '' }],
      },
    });
  });
  it('upgrades version 1 data found in browser storage', () => {
    const storage = { getItem: () => file({ ...v1, ratings: {}, plan: '' }, 1) };
    expect(load(format, storage)).toEqual({ status: 'ok', data: { ...emptyDoc('testtema'), notes: { '1.1': 'Note' }, chosen: ['1.1'] }, savedAt: '2026-02-01T10:00:00.000Z', notices: [] });
  });
  it('still validates after migrating', () => {
    const r = parseImport(format, file({ ...v1, ratings: { '1.1': 12 } }, 1));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/mellem 0 og 10/);
  });
  it('reports stored data of another shape as corrupt, keeping the raw text', () => {
    const raw = file({ tema: 'testtema' });
    expect(load(format, { getItem: () => raw })).toMatchObject({ status: 'corrupt', raw, data: emptyDoc('testtema') });
  });
});
