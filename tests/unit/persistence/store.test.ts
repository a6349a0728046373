import { describe, expect, it } from 'vitest';
import { load, quarantine, remove, save, storageKey } from '../../../src/lib/persistence/store';
import type { ToolFormat } from '../../../src/lib/persistence/envelope';
import { attempt, record, string } from '../../../src/lib/persistence/validate';

const format: ToolFormat<{ text: string }> = {
  tool: 'notes',
  label: 'noterne',
  version: 1,
  validate: (d) => attempt(() => ({ text: string(record(d, '').text, 'text') })),
  empty: () => ({ text: '' }),
};

class MemoryStorage {
  map = new Map<string, string>();
  full = false;
  getItem(k: string) { return this.map.get(k) ?? null; }
  setItem(k: string, v: string) { if (this.full) throw new Error('QuotaExceededError'); this.map.set(k, v); }
  removeItem(k: string) { this.map.delete(k); }
}

describe('browser storage', () => {
  it('starts empty, then returns what was saved', () => {
    const s = new MemoryStorage();
    expect(load(format, s).status).toBe('empty');
    expect(save(format, { text: 'hej' }, s)).toBeNull();
    expect(load(format, s)).toMatchObject({ status: 'ok', data: { text: 'hej' } });
  });

  it('keeps separate documents apart by id', () => {
    const s = new MemoryStorage();
    save(format, { text: 'a' }, s, storageKey(format, 'ledelse'));
    save(format, { text: 'b' }, s, storageKey(format, 'effekt'));
    expect(load(format, s, storageKey(format, 'ledelse')).data.text).toBe('a');
    expect(load(format, s, storageKey(format, 'effekt')).data.text).toBe('b');
  });

  it('reports corrupted data, starts clean and keeps the raw text', () => {
    const s = new MemoryStorage();
    s.setItem(storageKey(format), '{"format":"ledelse-paa-tvaers","tool":"notes","version":1,"data":{"text":42}}');
    const result = load(format, s);
    expect(result.status).toBe('corrupt');
    if (result.status === 'corrupt') {
      expect(result.data).toEqual({ text: '' });
      expect(result.raw).toContain('"text":42');
      const backup = quarantine(s, storageKey(format), result.raw, new Date('2026-11-23T00:00:00Z'));
      expect(s.getItem(backup)).toBe(result.raw);
    }
  });

  it('reports truncated JSON as corrupt rather than dropping it', () => {
    const s = new MemoryStorage();
    s.setItem(storageKey(format), '{"format":"ledelse-paa-tv');
    expect(load(format, s)).toMatchObject({ status: 'corrupt', raw: '{"format":"ledelse-paa-tv' });
  });

  it('says so in Danish when the browser refuses to save', () => {
    const s = new MemoryStorage();
    s.full = true;
    expect(save(format, { text: 'x' }, s)).toContain('kunne ikke gemme');
  });

  it('removes a document', () => {
    const s = new MemoryStorage();
    save(format, { text: 'x' }, s);
    remove(s, storageKey(format));
    expect(load(format, s).status).toBe('empty');
  });
});
