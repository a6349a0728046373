import { describe, expect, it } from 'vitest';
import { borgerrejseFormat, LIMITS } from '../../../src/lib/borgerrejse/model';
import { exportJson, parseImport } from '../../../src/lib/persistence/envelope';
import { load, save } from '../../../src/lib/persistence/store';
import { doc, journey } from './fixtures';

const file = (data: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'ledelse-paa-tvaers', tool: 'borgerrejse', version: 1, savedAt: '2026-03-01T10:00:00.000Z', data, ...extra });

const error = (text: string) => {
  const r = parseImport(borgerrejseFormat, text);
  expect(r.ok).toBe(false);
  return r.ok ? '' : r.error;
};

describe('borgerrejse import and export', () => {
  it('imports exactly what it exported', () => {
    expect(parseImport(borgerrejseFormat, exportJson(borgerrejseFormat, doc()))).toEqual({ ok: true, value: doc() });
  });

  it('fills in defaults for optional fields', () => {
    const bare = { journeys: [{ id: 'r1', name: 'A', createdAt: '2026-03-01T09:00:00.000Z', events: [{ id: 'e1', text: 'Brev' }] }] };
    const r = parseImport(borgerrejseFormat, file(bare));
    expect(r).toEqual({ ok: true, value: { journeys: [{ id: 'r1', name: 'A', createdAt: '2026-03-01T09:00:00.000Z', events: [{ id: 'e1', text: 'Brev', when: '', official: true, notes: [] }] }], activeId: 'r1' } });
  });

  it('rejects a file that is not JSON', () => {
    expect(error('{"journeys": [')).toMatch(/ikke gyldig JSON.*Intet er ændret/);
  });

  it('rejects a file that is too large', () => {
    expect(error(`{"x":"${'a'.repeat(1_000_001)}"}`)).toMatch(/for stor/);
  });

  it('rejects invisible control characters anywhere in the text and names the field (markup is kept as text)', () => {
    const bad = doc();
    bad.journeys[0]!.events[1]!.notes[0]!.text = 'Godt \u0007';
    expect(error(file(bad))).toMatch(/Feltet «journeys\[0\]\.events\[1\]\.notes\[0\]\.text» indeholder et usynligt styretegn/);
  });

  it('rejects a file from another tool', () => {
    expect(error(JSON.stringify({ format: 'ledelse-paa-tvaers', tool: 'spindelvaev', version: 1, savedAt: '2026-03-01T10:00:00.000Z', data: {} }))).toMatch(/andet værktøj.*borgerrejsen/);
  });

  it.each([
    [{ journeys: 'nej' }, /«journeys»: skal være en liste/],
    [{ journeys: [{ id: 'r1', name: '', createdAt: '2026-03-01T09:00:00.000Z', events: [] }] }, /«journeys\[0\]\.name»: må ikke være tomt/],
    [{ journeys: [{ ...journey(), events: [{ id: 'e1', text: 'A', notes: [{ id: 'n', kind: 'blaa', text: 'x' }] }] }] }, /«journeys\[0\]\.events\[0\]\.notes\[0\]\.kind»: skal være en af: groen, roed/],
    [{ journeys: [{ ...journey(), events: [{ id: 'e1', text: 'A' }, { id: 'e1', text: 'B' }] }] }, /«journeys\[0\]\.events\[1\]\.id»: findes to gange/],
    [{ journeys: [journey(), journey()] }, /«journeys\[1\]\.id»: findes to gange/],
    [{ journeys: [{ ...journey(), events: [{ id: 'e1', text: 'A', notes: [{ id: 'n', kind: 'groen', text: 'x' }] }, { id: 'e2', text: 'B', notes: [{ id: 'n', kind: 'roed', text: 'y' }] }] }] }, /«journeys\[0\]\.events\[1\]\.notes\[0\]\.id»: findes to gange/],
    [{ journeys: [{ ...journey(), id: 'a"b' }] }, /«journeys\[0\]\.id»: må kun indeholde bogstaverne a–z, tal, «-» og «_»/],
    [{ journeys: [{ ...journey(), events: [{ id: 'e\\1', text: 'A' }] }] }, /«journeys\[0\]\.events\[0\]\.id»: må kun indeholde/],
    [{ journeys: [{ ...journey(), events: [{ id: 'e1', text: 'A', notes: [{ id: '', kind: 'groen', text: 'x' }] }] }] }, /notes\[0\]\.id»: må kun indeholde/],
    [{ journeys: [{ ...journey(), createdAt: 'i går' }] }, /createdAt.*dato/],
    [{ journeys: [{ ...journey(), events: [{ id: 'e1', text: 'x'.repeat(LIMITS.text + 1) }] }] }, /«journeys\[0\]\.events\[0\]\.text»: må højst være 5000 tegn/],
  ])('rejects a wrong shape with a message naming the field (%#)', (data, message) => {
    expect(error(file(data))).toMatch(message);
  });

  it('falls back to the first journey when the active id is unknown', () => {
    const r = parseImport(borgerrejseFormat, file({ ...doc(), activeId: 'gone' }));
    expect(r.ok && r.value.activeId).toBe('r1');
  });

  it('saves to and loads from browser storage, and quarantines corrupted data', () => {
    const map = new Map<string, string>();
    const storage = { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
    expect(save(borgerrejseFormat, doc(), storage)).toBeNull();
    expect(load(borgerrejseFormat, storage)).toMatchObject({ status: 'ok', data: doc() });
    map.set('ledelse-paa-tvaers:borgerrejse:standard', '{"format": "ledelse-paa');
    expect(load(borgerrejseFormat, storage)).toMatchObject({ status: 'corrupt', raw: '{"format": "ledelse-paa', data: { journeys: [] } });
  });

  it('keeps a 200-event journey with long texts under the import limit', () => {
    const big = { journeys: [{ ...journey(), events: Array.from({ length: 200 }, (_, i) => ({ id: `e${i}`, text: `Begivenhed ${i} ${'x'.repeat(2000)}`, when: '2024', official: true, notes: [{ id: `n${i}`, kind: 'roed' as const, text: 'y'.repeat(1000) }] })) }], activeId: 'r1' };
    const text = exportJson(borgerrejseFormat, big);
    expect(text.length).toBeLessThan(1_000_000);
    expect(parseImport(borgerrejseFormat, text).ok).toBe(true);
  });
});
