/**
 * Browser persistence shared by all islands: autosave to localStorage under one key per document,
 * corrupted data kept for download (never silently dropped), and changes from other tabs picked up.
 * The Storage is injectable so the logic is unit-tested without a browser.
 */
import { unwrap, wrap, type ToolFormat } from './envelope';

export type LoadResult<T> =
  | { status: 'empty'; data: T }
  | { status: 'ok'; data: T; savedAt?: string }
  | { status: 'corrupt'; data: T; raw: string; error: string };

export const KEY_PREFIX = 'ledelse-paa-tvaers:';

export function storageKey(format: ToolFormat<unknown>, id = 'standard'): string {
  return `${KEY_PREFIX}${format.tool}:${id}`;
}

export function load<T>(format: ToolFormat<T>, storage: Pick<Storage, 'getItem'>, key = storageKey(format)): LoadResult<T> {
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return { status: 'empty', data: format.empty() };
  }
  if (raw === null) return { status: 'empty', data: format.empty() };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { status: 'corrupt', data: format.empty(), raw, error: 'De gemte data kunne ikke læses (ikke gyldig JSON).' };
  }
  const result = unwrap(format, parsed);
  if (!result.ok) return { status: 'corrupt', data: format.empty(), raw, error: result.error };
  return { status: 'ok', data: result.value, savedAt: (parsed as { savedAt?: string }).savedAt };
}

/** Saves; returns a Danish error if the browser refuses (storage full or disabled). */
export function save<T>(format: ToolFormat<T>, data: T, storage: Pick<Storage, 'setItem'>, key = storageKey(format), now = new Date()): string | null {
  try {
    storage.setItem(key, JSON.stringify(wrap(format, data, now)));
    return null;
  } catch {
    return 'Browseren kunne ikke gemme (lageret er fuldt eller slået fra). Eksportér dine data som fil for ikke at miste dem.';
  }
}

export function remove(storage: Pick<Storage, 'removeItem'>, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    /* nothing stored, nothing to remove */
  }
}

/** Keeps the corrupt raw text aside so a clean start never overwrites it before the user can download it. */
export function quarantine(storage: Pick<Storage, 'setItem'>, key: string, raw: string, now = new Date()): string {
  const backup = `${key}:beskadiget:${now.toISOString()}`;
  try {
    storage.setItem(backup, raw);
  } catch {
    /* the raw text is still offered for download from memory */
  }
  return backup;
}
