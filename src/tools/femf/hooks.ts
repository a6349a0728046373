import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { escalated, type Warning } from '../../lib/femf/timer';

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

/**
 * The time warning to announce: set when the level becomes more urgent (once per level and phase), cleared when
 * the warning ends or the phase (`key`) changes. State adjusted during render, as React recommends, not in an effect.
 */
export function useEscalation(key: string, level: Warning, message: string): string {
  const [heard, setHeard] = useState<{ key: string; level: Warning; text: string }>({ key, level: 'none', text: '' });
  if (heard.key !== key || heard.level !== level) {
    const before = heard.key === key ? heard : { level: 'none' as Warning, text: '' };
    const text = level === 'none' ? '' : escalated(before.level, level) ? message : before.text;
    setHeard({ key, level, text });
    return text;
  }
  return heard.text;
}

/** While `active`, Tab stays inside `box` (full screen and the overlay) and Escape calls `onEscape`. */
export function useFocusTrap(box: RefObject<HTMLElement | null>, active: boolean, onEscape: () => void): void {
  const escape = useRef(onEscape);
  useEffect(() => { escape.current = onEscape; });
  useEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') { escape.current(); return; }
      if (e.key !== 'Tab' || !box.current) return;
      const items = [...box.current.querySelectorAll<HTMLElement>('button:not([disabled]), a[href], input, select, textarea')];
      if (items.length === 0) return;
      const first = items[0]!, last = items[items.length - 1]!;
      const current = document.activeElement;
      if (!box.current.contains(current) || (e.shiftKey && current === first)) { e.preventDefault(); (e.shiftKey ? last : first).focus(); }
      else if (!e.shiftKey && current === last) { e.preventDefault(); first.focus(); }
    };
    document.addEventListener('keydown', onKey);
    document.documentElement.classList.add('femf-has-full');
    return () => { document.removeEventListener('keydown', onKey); document.documentElement.classList.remove('femf-has-full'); };
  }, [active, box]);
}

/**
 * Shrinks `box`'s content (the CSS variable --fit, from 1 down to 0.5) until nothing overflows it: the projector
 * window never cuts text off. Measured again when `key` (what is shown) changes or the window is resized.
 */
export function useFitToBox(box: RefObject<HTMLElement | null>, key: string): void {
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const fit = () => {
      let scale = 1;
      el.style.setProperty('--fit', '1');
      while ((el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1) && scale > 0.5) {
        scale -= 0.05;
        el.style.setProperty('--fit', scale.toFixed(2));
      }
    };
    fit();
    window.addEventListener('resize', fit);
    return () => window.removeEventListener('resize', fit);
  }, [box, key]);
}
