/**
 * React binding of the shared persistence (src/lib/persistence): the island's document, autosaved as you go.
 * - Unreadable stored data is kept in one backup copy per key; when no backup could be made, nothing is written
 *   over it until the user has downloaded it and chosen to start again (`startAfresh`).
 * - Another window's save is merged with this window's unsaved change (three-way, see merge.ts), both when its
 *   storage event arrives and just before this window writes, so neither window's edit is lost.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ToolFormat } from '../../lib/persistence/envelope';
import { merge3 } from '../../lib/persistence/merge';
import {
  backupKey, parseStored, quarantine, readBackup, readRaw, remove, SAVE_FAILED, serialize, storageKey, writeRaw, type StorageLike,
} from '../../lib/persistence/store';

const SAVE_DELAY_MS = 250;

export interface Corruption {
  raw: string;
  error: string;
  /** False: no backup could be kept, so the tool does not save until the user has downloaded the data. */
  backedUp: boolean;
}

export interface PersistentDocument<T> {
  data: T;
  /** Replace or update the document; it is saved shortly after. */
  update: (next: T | ((prev: T) => T)) => void;
  /** Set when stored data could not be read at load: offer `raw` for download. */
  corruption: Corruption | null;
  /** Unreadable data kept from an earlier visit (the key's one backup copy), offered for download. */
  backup: string | null;
  /** Removes the backup copy and closes the notice. */
  dismissCorruption: () => void;
  /** After the user has downloaded unreadable data that had no backup: allow saving over it. */
  startAfresh: () => void;
  /** A Danish message when the browser refused to save or to read. */
  saveError: string | null;
  savedAt: Date | null;
  /** What the user should know about the loaded or merged document (e.g. another window's changes merged). */
  notices: string[];
  /** Deletes the stored document; returns a function that restores it (undo). */
  clear: () => () => void;
  /** True until the stored document has been read (first render on the client). */
  loading: boolean;
}

function browserStorage(): StorageLike | null {
  try {
    return window.localStorage;
  } catch {
    return null; // storage disabled: reading the property itself throws in some browsers
  }
}

const MERGED = 'Et andet vindue har gemt ændringer i mellemtiden. De er flettet sammen med dine, så intet er tabt.';
export const READ_FAILED = 'Browseren tillader ikke, at værktøjet gemmer eller læser data her. Du kan arbejde videre, men eksportér som fil, før du lukker siden.';
const HELD = 'Værktøjet gemmer ikke, før du har downloadet de data, der ikke kunne læses (se beskeden ovenfor). Ellers ville de blive overskrevet.';

export function usePersistentDocument<T>(format: ToolFormat<T>, id = 'standard'): PersistentDocument<T> {
  const key = storageKey(format, id);
  const [data, setData] = useState<T>(() => format.empty());
  const [loading, setLoading] = useState(true);
  const [corruption, setCorruption] = useState<Corruption | null>(null);
  const [backup, setBackup] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [notices, setNotices] = useState<string[]>([]);
  const dirty = useRef(false);
  const latest = useRef(data);
  /** The document as stored when this window last read or wrote it: the common ancestor for merging. */
  const base = useRef(data);
  /** The exact stored text this window last saw; a different text means another window wrote. */
  const lastRaw = useRef<string | null>(null);
  /** No writes: storage unreadable, or unreadable data without a backup. */
  const hold = useRef<'none' | 'unavailable' | 'unbacked'>('none');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const show = useCallback((value: T) => {
    latest.current = value;
    setData(value);
  }, []);

  /** Takes in what another window stored. Returns false when that text cannot be read (then nothing changes). */
  const absorb = useCallback((raw: string | null): boolean => {
    const theirs = parseStored(format, raw);
    if (theirs.status === 'corrupt' || theirs.status === 'unavailable') return false;
    lastRaw.current = raw;
    if (!dirty.current) {
      base.current = theirs.data;
      show(theirs.data);
      if (theirs.status === 'ok' && theirs.savedAt) setSavedAt(new Date(theirs.savedAt));
      return true;
    }
    const merged = merge3(base.current, latest.current, theirs.data);
    const checked = format.validate(merged);
    base.current = theirs.data;
    show(checked.ok ? checked.value : latest.current);
    setNotices([MERGED]);
    return true;
  }, [format, show]);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const storage = browserStorage();
    if (!dirty.current || hold.current !== 'none' || !storage) return;
    const read = readRaw(storage, key);
    if (read.ok && read.raw !== lastRaw.current && !absorb(read.raw)) {
      // Another window left unreadable text: keep it aside before writing, or do not write at all.
      const q = quarantine(storage, key, read.raw!);
      setCorruption({ raw: read.raw!, error: 'Et andet vindue har efterladt data, der ikke kan læses.', backedUp: q.backedUp });
      if (!q.backedUp) {
        hold.current = 'unbacked';
        setSaveError(HELD);
        return;
      }
    }
    const now = new Date();
    const text = serialize(format, latest.current, now);
    if (!writeRaw(storage, key, text)) {
      setSaveError(SAVE_FAILED);
      return; // still dirty: the next change tries again
    }
    dirty.current = false;
    lastRaw.current = text;
    base.current = (JSON.parse(text) as { data: T }).data;
    setSaveError(null);
    setSavedAt(now);
  }, [format, key, absorb]);

  useEffect(() => {
    const storage = browserStorage();
    const read = storage ? readRaw(storage, key) : ({ ok: false } as const);
    if (!storage || !read.ok) {
      hold.current = 'unavailable';
      setSaveError(READ_FAILED);
    } else {
      const result = parseStored(format, read.raw);
      lastRaw.current = read.raw;
      if (result.status === 'corrupt') {
        const q = quarantine(storage, key, result.raw);
        setCorruption({ raw: result.raw, error: result.error, backedUp: q.backedUp });
        if (!q.backedUp) {
          hold.current = 'unbacked';
          setSaveError(HELD);
        }
      } else {
        const kept = readBackup(storage, key);
        if (kept !== null) setBackup(kept);
      }
      base.current = result.data;
      show(result.data);
      if (result.status === 'ok') {
        if (result.savedAt) setSavedAt(new Date(result.savedAt));
        setNotices(result.notices);
      }
    }
    setLoading(false);
    const onStorage = (e: StorageEvent) => {
      if (e.storageArea !== localStorage || (e.key !== key && e.key !== null)) return;
      if (hold.current !== 'none') return;
      const raw = e.key === null ? null : e.newValue;
      if (raw !== lastRaw.current && absorb(raw) && dirty.current) {
        clearTimeout(timer.current);
        timer.current = setTimeout(flush, SAVE_DELAY_MS);
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
  }, [format, key, absorb, flush, show]);

  const update = useCallback((next: T | ((prev: T) => T)) => {
    const value = typeof next === 'function' ? (next as (prev: T) => T)(latest.current) : next;
    show(value);
    dirty.current = true;
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, SAVE_DELAY_MS);
  }, [flush, show]);

  const clear = useCallback(() => {
    const before = latest.current;
    clearTimeout(timer.current);
    dirty.current = false;
    const storage = browserStorage();
    if (storage && hold.current === 'none') {
      remove(storage, key);
      lastRaw.current = null;
    }
    base.current = format.empty();
    show(base.current);
    setSavedAt(null);
    return () => update(before);
  }, [format, key, update, show]);

  const dismissCorruption = useCallback(() => {
    const storage = browserStorage();
    if (storage) remove(storage, backupKey(key));
    setBackup(null);
    setCorruption((c) => (c && !c.backedUp ? c : null));
  }, [key]);

  const startAfresh = useCallback(() => {
    if (hold.current !== 'unbacked') return;
    hold.current = 'none';
    setCorruption(null);
    setSaveError(null);
    const storage = browserStorage();
    lastRaw.current = storage ? (readRaw(storage, key) as { raw?: string | null }).raw ?? null : null;
    dirty.current = true;
    flush();
  }, [key, flush]);

  return { data, update, corruption, backup, dismissCorruption, startAfresh, saveError, savedAt, notices, clear, loading };
}
