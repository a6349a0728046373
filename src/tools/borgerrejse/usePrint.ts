/**
 * Printing the journey or the blank worksheet alone («Udskriv rejsen», «Udskriv tomt arbejdsark»), and the date
 * the printout carries: set just before any print (also the browser's own Ctrl+P), so it is the day of printing.
 */
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

export type PrintMode = 'rejse' | 'ark';

export function usePrint() {
  const [at, setAt] = useState(() => new Date());
  useEffect(() => {
    // flushSync: the browser lays out the print right after this event, before React would render on its own.
    const before = () => flushSync(() => setAt(new Date()));
    window.addEventListener('beforeprint', before);
    return () => window.removeEventListener('beforeprint', before);
  }, []);

  const run = (mode: PrintMode) => {
    const html = document.documentElement;
    html.dataset.brPrint = mode;
    const done = () => { delete html.dataset.brPrint; window.removeEventListener('afterprint', done); };
    window.addEventListener('afterprint', done);
    window.print();
  };
  return { at, run };
}
