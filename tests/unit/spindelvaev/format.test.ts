import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { exportJson, parseImport } from '../../../src/lib/persistence/envelope';
import { load, parseStored } from '../../../src/lib/persistence/store';
import { makeFormat } from '../../../src/lib/spindelvaev/format';
import { emptyDoc, statementsOf, type SpindelDoc, type WebDef } from '../../../src/lib/spindelvaev/model';
import { otherWeb, web } from './fixtures';

const format = makeFormat(web);
const doc: SpindelDoc = {
  ...emptyDoc(web),
  participants: [{ id: 'p1', name: 'Anne', ratings: { '1.1': 0, '2.2': 10 } }],
  notes: { '1.1': 'Vi mangler en fast struktur' },
  chosen: ['1.1', '1.2', '2.2'],
  noticed: 'Forældrene oplever …',
  requires: 'Tid på dagsordenen',
  plan: [{ id: 'plan1', what: 'Fast punkt på teammødet', who: 'Teamleder', when: 'Marts' }],
  rounds: [{ id: 'r1', date: '2026-01-15', label: 'Start', values: { '1.1': 3.5 }, participants: 2 }],
};
const file = (data: unknown, version = 3, tool = 'spindelvaev') =>
  JSON.stringify({ format: 'ledelse-paa-tvaers', tool, version, savedAt: '2026-02-01T10:00:00.000Z', data });

describe('export and import of a theme web', () => {
  it('imports what it exported', () => {
    expect(parseImport(format, exportJson(format, doc))).toEqual({ ok: true, value: doc });
  });
  it('accepts an empty document', () => {
    expect(parseImport(format, exportJson(format, emptyDoc(web)))).toEqual({ ok: true, value: emptyDoc(web) });
  });

  const bad = (patch: Partial<Record<keyof SpindelDoc, unknown>>) => file({ ...doc, ...patch });
  it.each([
    ['not JSON', '{"format": "ledelse-paa-tvaers", ', /ikke gyldig JSON/],
    ['larger than 1 MB', file({ ...doc, noticed: 'x'.repeat(1_000_001) }), /for stor/],
    ['a control character in a note', bad({ notes: { '1.1': 'a\u0000b' } }), /«notes\.1\.1» indeholder et usynligt styretegn/],
    ['another tool', file(doc, 3, '5f'), /andet værktøj \(5F-værktøjet\)/],
    ['another theme', exportJson(makeFormat(otherWeb), emptyDoc(otherWeb)), /temaet «andet-tema», ikke «testtema»/],
    ['a rating above 10', bad({ participants: [{ id: 'p', name: '', ratings: { '1.1': 11 } }] }), /participants\[0\]\.ratings\.1\.1.*mellem 0 og 10/],
    ['a fractional rating', bad({ participants: [{ id: 'p', name: '', ratings: { '1.1': 2.5 } }] }), /helt tal/],
    ['an unknown statement', bad({ notes: { '9.9': 'x' } }), /notes\.9\.9.*ikke et udsagn/],
    ['four choices', bad({ chosen: ['1.1', '1.2', '1.3', '2.1'] }), /«chosen».*højst have 3 elementer\. Intet/],
    ['a round without a date', bad({ rounds: [{ id: 'r', date: 'i går', label: '', values: {}, participants: 1 }] }), /rounds\[0\]\.date.*dato/],
    ['two participants with one id', bad({ participants: [{ id: 'p', name: 'A', ratings: {} }, { id: 'p', name: 'B', ratings: {} }] }), /participants\[1\]\.id.*findes to gange/],
    ['two rounds with one id', bad({ rounds: [doc.rounds[0], { ...doc.rounds[0], date: '2026-02-01' }] }), /rounds\[1\]\.id.*findes to gange/],
    ['two plan items with one id', bad({ plan: [doc.plan[0], { ...doc.plan[0], what: 'x' }] }), /plan\[1\]\.id.*findes to gange/],
    ['an id that breaks a selector', bad({ participants: [{ id: 'a"]', name: '', ratings: {} }] }), /participants\[0\]\.id/],
    ['no web snapshot', bad({ web: undefined }), /«web»/],
    ['a newer version', file(doc, 4), /nyere udgave/],
  ])('rejects %s with a Danish message', (_, text, message) => {
    const r = parseImport(format, text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatch(message);
      expect(r.error).toMatch(/Intet er ændret/);
    }
  });
});

describe('when the web in the content has changed since the document was saved', () => {
  const stored = file(doc);
  const edited = (change: (w: WebDef) => WebDef) => parseStored(makeFormat(change(structuredClone(web))), stored);

  it('two statements swapped: every rating, note and choice still means the same statement', () => {
    const r = edited((w) => { const u = w.dimensioner[0]!.udsagn; [u[0], u[1]] = [u[1]!, u[0]!]; return w; });
    expect(r).toMatchObject({ status: 'ok', data: { participants: [{ ratings: { '1.1': 0, '2.2': 10 } }], notes: { '1.1': 'Vi mangler en fast struktur' }, chosen: ['1.1', '1.2', '2.2'] }, notices: [] });
  });

  it('a statement removed: the rest is kept and the user is told which, never quarantined', () => {
    const r = edited((w) => { w.dimensioner[0]!.udsagn.splice(0, 1); return w; });
    expect(r.status).toBe('ok');
    if (r.status !== 'ok') return;
    expect(r.data.participants[0]!.ratings).toEqual({ '2.2': 10 });
    expect(r.data.notes).toEqual({});
    expect(r.data.chosen).toEqual(['1.2', '2.2']);
    expect(r.data.rounds[0]!.values).toEqual({});
    expect(r.notices.join(' ')).toMatch(/Spindelvævet er ændret.*«Udsagn A».*4 vurderinger og noter.*alt andet er bevaret/);
    expect(r.data.web.statements).not.toHaveProperty('1.1');
  });

  it('a statement reworded: ratings kept, the user told', () => {
    const r = edited((w) => { w.dimensioner[1]!.udsagn[1]!.tekst = 'Udsagn E, omformuleret'; return w; });
    expect(r).toMatchObject({ status: 'ok', data: { participants: [{ ratings: { '2.2': 10 } }] } });
    if (r.status === 'ok') expect(r.notices.join(' ')).toMatch(/Udsagn 2\.2 er omformuleret; jeres vurderinger af det er bevaret/);
  });
});

describe('migrations', () => {
  it('a document saved by version 2 (the code before stable ids, saved in Chromium) keeps every rating on the same statement text', async () => {
    const raw = readFileSync(new URL('../../fixtures/spindelvaev/v2-ledelse-saved.json', import.meta.url), 'utf8');
    const v2 = JSON.parse(raw) as { version: number; data: { participants: { ratings: Record<string, number> }[]; notes: Record<string, string>; chosen: string[]; rounds: { values: Record<string, number> }[] } };
    expect(v2.version).toBe(2);
    const yaml = await import('yaml').catch(() => null);
    const text = readFileSync(new URL('../../../content/spindelvaev/ledelse.yaml', import.meta.url), 'utf8');
    const ledelse = (yaml ? yaml.parse(text) : null) as { tema: string; titel: string; dimensioner: WebDef['dimensioner'] } | null;
    if (!ledelse) throw new Error('yaml parser missing');
    const real: WebDef = { tema: 'ledelse', titel: ledelse.titel, dimensioner: ledelse.dimensioner };
    const byNumber = new Map(statementsOf(real).map((s) => [s.number, s]));
    const result = load(makeFormat(real), { getItem: () => raw }, 'k');
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    const textOf = (id: string) => statementsOf(real).find((s) => s.id === id)!.text;
    // Every v2 position's rating now sits on the statement that had that position (same text) when it was saved.
    v2.data.participants.forEach((p, i) => {
      const now = result.data.participants[i]!.ratings;
      expect(Object.keys(now)).toHaveLength(Object.keys(p.ratings).length);
      for (const [pos, value] of Object.entries(p.ratings)) expect(now[byNumber.get(pos)!.id]).toBe(value);
      for (const [id] of Object.entries(now)) expect([...byNumber.values()].some((s) => s.id === id && textOf(id) === s.text)).toBe(true);
    });
    for (const [pos, note] of Object.entries(v2.data.notes)) expect(result.data.notes[byNumber.get(pos)!.id]).toBe(note);
    expect(result.data.chosen.map(textOf)).toEqual(v2.data.chosen.map((pos) => byNumber.get(pos)!.text));
    for (const [pos, v] of Object.entries(v2.data.rounds[0]!.values)) expect(result.data.rounds[0]!.values[byNumber.get(pos)!.id]).toBe(v);
    expect(result.data.plan).toEqual([{ id: 'plan1', what: 'Fast punkt om tidlig indsats', who: 'Teamleder', when: 'uge 12' }]);
    expect(result.notices).toEqual([]);
  });

  const v1 = { tema: 'testtema', ratings: { '1.1': 4, '2.1': 8 }, notes: { '1.1': 'Note' }, chosen: ['1.1'], plan: 'Vi starter i marts' };
  it('upgrades a version 1 file (one person, plan as text) on import', () => {
    expect(parseImport(format, file(v1, 1))).toMatchObject({
      ok: true,
      value: { participants: [{ id: 'p1', name: '', ratings: { '1.1': 4, '2.1': 8 } }], notes: { '1.1': 'Note' }, chosen: ['1.1'], plan: [{ id: 'plan1', what: 'Vi starter i marts', who: '', when: '' }] },
    });
  });
  it('still validates after migrating', () => {
    const r = parseImport(format, file({ ...v1, ratings: { '1.1': 12 } }, 1));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/mellem 0 og 10/);
  });
  it('reports stored data of another shape as corrupt, keeping the raw text', () => {
    const raw = file({ tema: 'testtema' });
    expect(load(format, { getItem: () => raw })).toMatchObject({ status: 'corrupt', raw, data: emptyDoc(web) });
  });
});
