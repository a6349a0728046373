import { describe, expect, it } from 'vitest';
import { backupKey, load, quarantine, readBackup, remove, save, storageKey } from '../../../src/lib/persistence/store';
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
  disabled = false;
  getItem(k: string) { if (this.disabled) throw new Error('SecurityError'); return this.map.get(k) ?? null; }
  setItem(k: string, v: string) { if (this.full || this.disabled) throw new Error('QuotaExceededError'); this.map.set(k, v); }
  removeItem(k: string) { this.map.delete(k); }
  key(i: number) { return [...this.map.keys()][i] ?? null; }
  get length() { return this.map.size; }
  snapshot() { return JSON.stringify([...this.map.entries()].sort()); }
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
      const q = quarantine(s, storageKey(format), result.raw);
      expect(q.backedUp).toBe(true);
      expect(s.getItem(q.backupKey)).toBe(result.raw);
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

  it('reports storage that cannot be read as unavailable (so nothing is written over it)', () => {
    const s = new MemoryStorage();
    s.disabled = true;
    expect(load(format, s).status).toBe('unavailable');
  });
});

describe('the one backup copy per key', () => {
  const key = storageKey(format);
  const bad = '{"format":"ledelse-paa-tvaers","tool":"notes","version":1,"data":{"text":42}}';

  it('keeps one copy however often the unreadable data is loaded', () => {
    const s = new MemoryStorage();
    s.setItem(key, bad.padEnd(100_000, ' '));
    for (let i = 0; i < 5; i++) expect(quarantine(s, key, s.getItem(key)!).backedUp).toBe(true);
    expect([...s.map.keys()].sort()).toEqual([key, backupKey(key)]);
  });

  it('never overwrites an earlier, different unreadable copy: then it says there is no backup', () => {
    const s = new MemoryStorage();
    s.setItem(backupKey(key), 'older unreadable');
    expect(quarantine(s, key, bad)).toEqual({ backupKey: backupKey(key), backedUp: false });
    expect(readBackup(s, key)).toBe('older unreadable');
  });

  it('says there is no backup when the storage is full', () => {
    const s = new MemoryStorage();
    s.setItem(key, bad);
    s.full = true;
    expect(quarantine(s, key, bad).backedUp).toBe(false);
    expect(s.getItem(key)).toBe(bad);
  });

  it('folds the pile of timestamped copies older versions wrote into one, the newest', () => {
    const s = new MemoryStorage();
    s.setItem(`${key}:beskadiget:2026-11-01T10:00:00.000Z`, 'a');
    s.setItem(`${key}:beskadiget:2026-11-03T10:00:00.000Z`, 'c');
    s.setItem(`${key}:beskadiget:2026-11-02T10:00:00.000Z`, 'b');
    s.setItem('ledelse-paa-tvaers:andet:standard', 'x');
    quarantine(s, key, 'c');
    expect([...s.map.keys()].sort()).toEqual(['ledelse-paa-tvaers:andet:standard', backupKey(key)]);
    expect(readBackup(s, key)).toBe('c');
  });
});
