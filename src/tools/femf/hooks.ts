import { useCallback, useEffect, useRef, useState } from 'react';

/** Moves focus to an element (by id) after the next render: keeps focus on a row that moved or was added. */
export function useFocusAfterRender(): (id: string) => void {
  const pending = useRef<string | null>(null);
  useEffect(() => {
    if (!pending.current) return;
    const el = document.getElementById(pending.current);
    pending.current = null;
    el?.focus();
  });
  return useCallback((id: string) => { pending.current = id; }, []);
}

/** The current time, ticking while `active` (and refreshed when the tab becomes visible again). */
export function useNow(active: boolean, intervalMs = 500): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    if (!active) return;
    const id = setInterval(() => setNow(Date.now()), intervalMs);
    const onVisible = () => setNow(Date.now());
    document.addEventListener('visibilitychange', onVisible);
    return () => { clearInterval(id); document.removeEventListener('visibilitychange', onVisible); };
  }, [active, intervalMs]);
  return now;
}
