/**
 * The one status line and undo every tool uses: a short Danish message, announced politely to screen readers,
 * optionally with one «Fortryd …» action. `say` replaces the message; the undo lasts until the next message.
 */
import { useCallback, useState } from 'react';
import { timeDa } from '../../lib/dates';

export interface Undo { label: string; run: () => void; done: string }
export interface StatusMessage { kind: 'ok' | 'error'; text: string; undo?: Undo }

export interface Status {
  message: StatusMessage | null;
  say: (text: string, kind?: 'ok' | 'error', undo?: Undo) => void;
  clear: () => void;
}

export function useStatus(): Status {
  const [message, setMessage] = useState<StatusMessage | null>(null);
  const say = useCallback((text: string, kind: 'ok' | 'error' = 'ok', undo?: Undo) => setMessage({ kind, text, undo }), []);
  const clear = useCallback(() => setMessage(null), []);
  return { message, say, clear };
}

/** «Gemt i din browser kl. 14.05.», never «Invalid Date». */
export function savedText(savedAt: Date | null): string {
  const t = timeDa(savedAt);
  return t ? `Gemt i din browser kl. ${t}.` : '';
}

interface Props {
  status: Status;
  /** Shown after the message: the save state («Gemt … kl. …» or why saving failed). */
  saveError?: string | null;
  savedAt?: Date | null;
  className?: string;
}

export function StatusLine({ status, saveError, savedAt, className }: Props) {
  const { message } = status;
  const saved = savedAt !== undefined ? savedText(savedAt) : '';
  return (
    <div className={`island-statusbar${className ? ` ${className}` : ''}`} data-no-print>
      <p className="island-status" role="status" aria-live="polite">
        {message && <span className={message.kind === 'error' ? 'island-status--error' : undefined}>{message.text} </span>}
        {saveError ? <span className="island-status--error">{saveError}</span> : saved ? <span className="meta">{saved}</span> : null}
      </p>
      {message?.undo && (
        <button type="button" className="button" onClick={() => { const u = message.undo!; u.run(); status.say(u.done); }}>{message.undo.label}</button>
      )}
    </div>
  );
}
