/**
 * The data controls every island shows: export, import, delete all (with confirmation and undo),
 * the corrupted-data notice with download, and save status. Messages are announced to screen readers.
 */
import { useId, useRef, useState } from 'react';
import { exportFileName, exportJson, parseImport, type ToolFormat } from '../../lib/persistence/envelope';
import { downloadText } from '../../browser/download';
import type { PersistentDocument } from './usePersistentDocument';

interface Props<T> {
  format: ToolFormat<T>;
  doc: PersistentDocument<T>;
  /** Called with a validated import; defaults to replacing the document. Return a message to show instead of the default. */
  onImport?: (data: T) => string | void;
  /** Label for the delete button, e.g. «Slet alle rejser». */
  deleteLabel?: string;
  confirmText?: string;
}

export function DataControls<T>({ format, doc, onImport, deleteLabel = 'Slet alt', confirmText }: Props<T>) {
  const fileRef = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [undo, setUndo] = useState<(() => void) | null>(null);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const text = await file.text();
    const result = parseImport(format, text);
    if (fileRef.current) fileRef.current.value = '';
    if (!result.ok) {
      setMessage({ kind: 'error', text: `Filen «${file.name}» blev ikke indlæst: ${result.error}` });
      return;
    }
    const custom = onImport ? onImport(result.value) : (doc.update(result.value), undefined);
    setMessage({ kind: 'ok', text: custom || `Filen «${file.name}» er indlæst.` });
  };

  const onDelete = () => {
    if (!window.confirm(confirmText ?? `Vil du slette alt i ${format.label} i denne browser? Du kan fortryde lige bagefter.`)) return;
    const restore = doc.clear();
    setUndo(() => restore);
    setMessage({ kind: 'ok', text: 'Alt er slettet.' });
  };

  return (
    <div className="island-data" data-no-print>
      {doc.corruption && (
        <div className="island-alert island-alert--error" role="alert">
          <p><strong>De gemte data kunne ikke læses.</strong> {doc.corruption.error} Værktøjet er startet forfra, men de gamle data er ikke slettet: download dem, så du kan gemme dem eller få hjælp til at redde dem.</p>
          <p className="island-row">
            <button type="button" className="button" onClick={() => downloadText(`${format.tool}-beskadiget-data.json`, doc.corruption!.raw)}>Download de beskadigede data</button>
            <button type="button" className="button" onClick={doc.dismissCorruption}>Luk beskeden</button>
          </p>
        </div>
      )}
      <div className="island-row">
        <button type="button" className="button" onClick={() => downloadText(exportFileName(format), exportJson(format, doc.data))}>Eksportér som fil</button>
        <label className="button" htmlFor={inputId}>Importér fil</label>
        <input id={inputId} ref={fileRef} className="visually-hidden" type="file" accept="application/json,.json" onChange={(e) => void onFile(e.target.files?.[0])} />
        <button type="button" className="button button--danger" onClick={onDelete}>{deleteLabel}</button>
        {undo && <button type="button" className="button" onClick={() => { undo(); setUndo(null); setMessage({ kind: 'ok', text: 'Sletningen er fortrudt.' }); }}>Fortryd sletning</button>}
      </div>
      <p className="island-status" role="status" aria-live="polite">
        {message && <span className={message.kind === 'error' ? 'island-status--error' : undefined}>{message.text} </span>}
        {doc.saveError ? <span className="island-status--error">{doc.saveError}</span> : doc.savedAt ? <span className="meta">Gemt i din browser kl. {doc.savedAt.toLocaleTimeString('da-DK', { hour: '2-digit', minute: '2-digit' })}.</span> : null}
      </p>
    </div>
  );
}
