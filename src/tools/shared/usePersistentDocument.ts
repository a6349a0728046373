/**
 * React binding of the shared persistence (src/lib/persistence): the island's document, autosaved as you go,
 * updated when another tab saves, with corrupted data kept aside for download and delete-with-undo.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ToolFormat } from '../../lib/persistence/envelope';
import { load, quarantine, remove, save, storageKey, type LoadResult } from '../../lib/persistence/store';

const SAVE_DELAY_MS = 250;

export interface Corruption { raw: string; error: string; backupKey: string }

export interface PersistentDocument<T> {
  data: T;
  /** Replace or update the document; it is saved shortly after. */
  update: (next: T | ((prev: T) => T)) => void;
  /** Set when stored data could not be read: offer `raw` for download. */
  corruption: Corruption | null;
  dismissCorruption: () => void;
  /** A Danish message when the browser refused to save. */
  saveError: string | null;
  savedAt: Date | null;
  /** Deletes the stored document; returns a function that restores it (undo). */
  clear: () => () => void;
  /** True until the stored document has been read (first render on the client). */
  loading: boolean;
}

export function usePersistentDocument<T>(format: ToolFormat<T>, id = 'standard'): PersistentDocument<T> {
  const key = storageKey(format, id);
  const [data, setData] = useState<T>(() => format.empty());
  const [loading, setLoading] = useState(true);
  const [corruption, setCorruption] = useState<Corruption | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const dirty = useRef(false);
  const latest = useRef(data);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    if (!dirty.current) return;
    dirty.current = false;
    const now = new Date();
    const err = save(format, latest.current, localStorage, key, now);
    setSaveError(err);
    if (!err) setSavedAt(now);
  }, [format, key]);

  const apply = useCallback((result: LoadResult<T>) => {
    latest.current = result.data;
    setData(result.data);
    if (result.status === 'corrupt') {
      setCorruption({ raw: result.raw, error: result.error, backupKey: quarantine(localStorage, key, result.raw) });
    }
    if (result.status === 'ok' && result.savedAt) setSavedAt(new Date(result.savedAt));
  }, [key]);

  useEffect(() => {
    apply(load(format, localStorage, key));
    setLoading(false);
    const onStorage = (e: StorageEvent) => {
      if (e.key !== key || e.storageArea !== localStorage) return;
      const result = load(format, localStorage, key);
      // Another tab saved: adopt its document so our next edit builds on it instead of overwriting it.
      if (result.status !== 'corrupt') {
        dirty.current = false;
        latest.current = result.data;
        setData(result.data);
      }
    };
    const onHide = () => flush();
    window.addEventListener('storage', onStorage);
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      flush();
      window.removeEventListener('storage', onStorage);
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, [format, key, apply, flush]);

  const update = useCallback((next: T | ((prev: T) => T)) => {
    const value = typeof next === 'function' ? (next as (prev: T) => T)(latest.current) : next;
    latest.current = value;
    setData(value);
    dirty.current = true;
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, SAVE_DELAY_MS);
  }, [flush]);

  const clear = useCallback(() => {
    const before = latest.current;
    clearTimeout(timer.current);
    dirty.current = false;
    remove(localStorage, key);
    latest.current = format.empty();
    setData(latest.current);
    setSavedAt(null);
    return () => update(before);
  }, [format, key, update]);

  return { data, update, corruption, dismissCorruption: () => setCorruption(null), saveError, savedAt, clear, loading };
}
