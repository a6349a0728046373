/**
 * The data controls every island shows: export, import (one flow for all tools, src/lib/persistence/envelope.ts),
 * delete all (with confirmation and undo), the notice about unreadable data with download, the CPR warning for
 * what the document holds, and the status line. Every import can be undone.
 */
import { useId, useMemo, useRef } from 'react';
import { cprQuestion, exportFileName, exportJson, importBytes, NOTHING_CHANGED, type ToolFormat } from '../../lib/persistence/envelope';
import { findCprInValue } from '../../lib/cpr';
import { downloadText } from '../../browser/download';
import type { PersistentDocument } from './usePersistentDocument';
import { StatusLine, useStatus, type Status } from './status';

interface Props<T> {
  format: ToolFormat<T>;
  doc: PersistentDocument<T>;
  /**
   * Called with a validated import; defaults to replacing the document. Return a message to show instead of the
   * default, or `{ refused: message }` when the tool cannot take the file (then nothing may have changed).
   */
  onImport?: (data: T) => string | void | { refused: string };
  /** Label for the delete button, e.g. «Slet alle rejser». */
  deleteLabel?: string;
  confirmText?: string;
  /** The tool's own status line, when it has one; otherwise DataControls keeps its own. */
  status?: Status;
}

export function DataControls<T>({ format, doc, onImport, deleteLabel = 'Slet alt', confirmText, status: external }: Props<T>) {
  const fileRef = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const own = useStatus();
  const status = external ?? own;
  const cpr = useMemo(() => findCprInValue(doc.data, 1)[0], [doc.data]);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const name = file.name;
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      if (fileRef.current) fileRef.current.value = '';
      const result = importBytes(format, bytes);
      if (!result.ok) return status.say(`Filen «${name}» blev ikke indlæst: ${result.error}`, 'error');
      if (result.cpr && !window.confirm(cprQuestion(result.cpr))) {
        return status.say(`Filen «${name}» blev ikke indlæst, fordi den indeholder noget, der ligner et CPR-nummer. ${NOTHING_CHANGED}`, 'error');
      }
      const before = doc.data;
      const custom = onImport ? onImport(result.value) : (doc.update(result.value), undefined);
      if (typeof custom === 'object') return status.say(`Filen «${name}» blev ikke indlæst: ${custom.refused} ${NOTHING_CHANGED}`, 'error');
      const text = [custom || `Filen «${name}» er indlæst.`, ...(result.notices ?? [])].join(' ');
      status.say(text, 'ok', { label: 'Fortryd import', run: () => doc.update(before), done: 'Importen er fortrudt. Dine data er som før.' });
    } catch {
      if (fileRef.current) fileRef.current.value = '';
      status.say(`Filen «${name}» kunne ikke læses. ${NOTHING_CHANGED}`, 'error');
    }
  };

  const onDelete = () => {
    if (!window.confirm(confirmText ?? `Vil du slette alt i ${format.label} i denne browser? Du kan fortryde lige bagefter.`)) return;
    const restore = doc.clear();
    status.say('Alt er slettet.', 'ok', { label: 'Fortryd sletning', run: restore, done: 'Sletningen er fortrudt.' });
  };

  const unreadable = doc.corruption?.raw ?? doc.backup;
  return (
    <div className="island-data" data-no-print>
      {doc.corruption && !doc.corruption.backedUp && (
        <div className="island-alert island-alert--error" role="alert">
          <p><strong>De gemte data kunne ikke læses, og browseren kunne ikke gemme en sikkerhedskopi.</strong> {doc.corruption.error}</p>
          <p>For ikke at miste dem gemmer værktøjet ikke noget, før du har gjort dette: 1. Klik «Download de beskadigede data» og gem filen. 2. Klik «Start forfra». Indtil da bliver det, du skriver, ikke gemt.</p>
          <p className="island-row">
            <button type="button" className="button" onClick={() => downloadText(`${format.tool}-ulaeselige-data.json`, doc.corruption!.raw)}>Download de beskadigede data</button>
            <button type="button" className="button button--danger" onClick={() => { doc.startAfresh(); status.say('Værktøjet gemmer igen. De ulæselige data er kun i den fil, du har downloadet.'); }}>Start forfra</button>
          </p>
        </div>
      )}
      {unreadable !== null && (!doc.corruption || doc.corruption.backedUp) && (
        <div className="island-alert island-alert--error" role={doc.corruption ? 'alert' : undefined}>
          <p>
            {doc.corruption
              ? <><strong>De gemte data kunne ikke læses.</strong> {doc.corruption.error} Værktøjet er startet forfra. En kopi af de gamle data er gemt i browseren, indtil du sletter den: download den, så du kan gemme den eller få hjælp til at redde den.</>
              : <>I browseren ligger en kopi af data, der tidligere ikke kunne læses. Download den, hvis du vil gemme den, og slet så kopien.</>}
          </p>
          <p className="island-row">
            <button type="button" className="button" onClick={() => downloadText(`${format.tool}-ulaeselige-data.json`, unreadable)}>Download de beskadigede data</button>
            <button type="button" className="button" onClick={doc.dismissCorruption}>Slet kopien og luk beskeden</button>
          </p>
        </div>
      )}
      {cpr && (
        <p className="island-alert island-alert--error" role="status">
          Der står noget, der ligner et CPR-nummer ({cpr.masked}), i {format.label}. Skriv ikke personnumre her: fjern det, før du eksporterer eller udskriver.
        </p>
      )}
      {doc.notices.length > 0 && <p className="island-alert">{doc.notices.join(' ')}</p>}
      <div className="island-row">
        <button type="button" className="button" onClick={() => downloadText(exportFileName(format), exportJson(format, doc.data))}>Eksportér som fil</button>
        <label className="button" htmlFor={inputId}>Importér fil</label>
        <input id={inputId} ref={fileRef} className="visually-hidden" type="file" accept="application/json,.json" onChange={(e) => void onFile(e.target.files?.[0])} />
        <button type="button" className="button button--danger" onClick={onDelete}>{deleteLabel}</button>
      </div>
      {!external && <StatusLine status={own} saveError={doc.saveError} savedAt={doc.savedAt} />}
    </div>
  );
}
