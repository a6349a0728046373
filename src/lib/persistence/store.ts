/**
 * Browser persistence shared by all islands: one key per document, unreadable data kept (one backup copy per
 * key, never overwritten without one), and what another window saved merged in (see merge.ts).
 * The Storage is injectable so the logic is unit-tested without a browser. Pure apart from that Storage.
 */
import { unwrap, wrap, type ToolFormat } from './envelope';

export type LoadResult<T> =
  | { status: 'empty'; data: T }
  | { status: 'ok'; data: T; savedAt?: string; notices: string[] }
  | { status: 'corrupt'; data: T; raw: string; error: string }
  /** The browser would not let us read: nothing may be written either, or we could overwrite what is there. */
  | { status: 'unavailable'; data: T };

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> & Partial<Pick<Storage, 'key' | 'length'>>;

export const KEY_PREFIX = 'ledelse-paa-tvaers:';
export const BACKUP_SUFFIX = ':beskadiget';

export const SAVE_FAILED = 'Browseren kunne ikke gemme (lageret er fuldt eller slået fra). Eksportér dine data som fil for ikke at miste dem.';

export function storageKey(format: ToolFormat<unknown>, id = 'standard'): string {
  return `${KEY_PREFIX}${format.tool}:${id}`;
}

export function backupKey(key: string): string {
  return key + BACKUP_SUFFIX;
}

/** Reads a stored text (null: nothing stored). */
export function parseStored<T>(format: ToolFormat<T>, raw: string | null): LoadResult<T> {
  if (raw === null) return { status: 'empty', data: format.empty() };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { status: 'corrupt', data: format.empty(), raw, error: 'De gemte data kunne ikke læses (ikke gyldig JSON).' };
  }
  const result = unwrap(format, parsed);
  if (!result.ok) return { status: 'corrupt', data: format.empty(), raw, error: result.error };
  const savedAt = (parsed as { savedAt?: unknown }).savedAt;
  return { status: 'ok', data: result.value, savedAt: typeof savedAt === 'string' ? savedAt : undefined, notices: result.notices ?? [] };
}

export function readRaw(storage: Pick<Storage, 'getItem'>, key: string): { ok: true; raw: string | null } | { ok: false } {
  try {
    return { ok: true, raw: storage.getItem(key) };
  } catch {
    return { ok: false };
  }
}

export function load<T>(format: ToolFormat<T>, storage: Pick<Storage, 'getItem'>, key = storageKey(format)): LoadResult<T> {
  const read = readRaw(storage, key);
  if (!read.ok) return { status: 'unavailable', data: format.empty() };
  return parseStored(format, read.raw);
}

/** The exact text `save` writes. */
export function serialize<T>(format: ToolFormat<T>, data: T, now = new Date()): string {
  return JSON.stringify(wrap(format, data, now));
}

/** Saves; returns a Danish error if the browser refuses (storage full or disabled). */
export function save<T>(format: ToolFormat<T>, data: T, storage: Pick<Storage, 'setItem'>, key = storageKey(format), now = new Date()): string | null {
  return writeRaw(storage, key, serialize(format, data, now)) ? null : SAVE_FAILED;
}

export function writeRaw(storage: Pick<Storage, 'setItem'>, key: string, text: string): boolean {
  try {
    storage.setItem(key, text);
    return true;
  } catch {
    return false;
  }
}

export function remove(storage: Pick<Storage, 'removeItem'>, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    /* nothing stored, nothing to remove */
  }
}

/**
 * Keeps unreadable text aside in the key's one backup copy. `backedUp` is false when that failed (storage full)
 * or when the copy already holds other unreadable text (which is never overwritten): then the caller must not
 * write over `key` until the user has downloaded the text.
 */
export function quarantine(storage: StorageLike, key: string, raw: string): { backupKey: string; backedUp: boolean } {
  const target = backupKey(key);
  tidyLegacyBackups(storage, key);
  const existing = readRaw(storage, target);
  if (existing.ok && existing.raw === raw) return { backupKey: target, backedUp: true };
  if (!existing.ok || existing.raw !== null) return { backupKey: target, backedUp: false };
  return { backupKey: target, backedUp: writeRaw(storage, target, raw) };
}

/** The backup copy kept for `key`, if any. */
export function readBackup(storage: Pick<Storage, 'getItem'>, key: string): string | null {
  const r = readRaw(storage, backupKey(key));
  return r.ok ? r.raw : null;
}

/**
 * Earlier versions wrote a new «…:beskadiget:<time>» copy on every load. Keep the newest as the one backup copy
 * (when there is none yet) and remove the rest, which frees the quota they filled.
 */
export function tidyLegacyBackups(storage: StorageLike, key: string): void {
  if (typeof storage.key !== 'function' || typeof storage.length !== 'number') return;
  const prefix = backupKey(key) + ':';
  const legacy: string[] = [];
  try {
    for (let i = 0; i < storage.length; i++) {
      const k = storage.key(i);
      if (k?.startsWith(prefix)) legacy.push(k);
    }
  } catch {
    return;
  }
  if (legacy.length === 0) return;
  legacy.sort(); // ISO times sort in time order
  const newest = legacy.pop()!;
  for (const k of legacy) remove(storage, k);
  const current = readRaw(storage, backupKey(key));
  if (!current.ok) return;
  if (current.raw === null) {
    const text = readRaw(storage, newest);
    if (text.ok && text.raw !== null && writeRaw(storage, backupKey(key), text.raw)) remove(storage, newest);
  } else remove(storage, newest);
}
