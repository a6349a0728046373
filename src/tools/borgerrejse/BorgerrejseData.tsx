/**
 * Export, import and «Slet alle rejser» for the journeys. An import is merged beside the existing journeys
 * (mergeImport); a file with text that looks like a CPR number is held back, with the number masked, until
 * the user confirms, just as typed text is; a file that would pass the 200-journey limit is refused whole.
 */
import { useState } from 'react';
import { DataControls } from '../shared/DataControls';
import type { PersistentDocument } from '../shared/usePersistentDocument';
import { borgerrejseFormat, type BorgerrejseDoc } from '../../lib/borgerrejse/model';
import { findCprInDoc, mergeWithMessage, type CprFinding } from '../../lib/borgerrejse/importing';
import { countDa } from '../../lib/plural';

interface Held { doc: BorgerrejseDoc; findings: CprFinding[] }

export function BorgerrejseData({ doc }: { doc: PersistentDocument<BorgerrejseDoc> }) {
  const [held, setHeld] = useState<Held | null>(null);
  const [result, setResult] = useState<string | null>(null);

  // Only a real change is saved: «Intet er ændret» leaves the stored bytes as they were.
  const merge = (imported: BorgerrejseDoc) => {
    const m = mergeWithMessage(doc.data, imported);
    if (m.next !== doc.data) doc.update((prev) => mergeWithMessage(prev, imported).next);
    return m.text;
  };

  return (
    <>
      {held && (
        <div className="island-alert island-alert--error br-cpr" role="alert" data-no-print>
          <p>
            <strong>Filen er ikke indlæst endnu:</strong> den har tekst, der ligner et CPR-nummer, i {held.findings[0]!.place} («{held.findings[0]!.masked}»)
            {held.findings.length > 1 ? ` og ${countDa(held.findings.length - 1, 'sted', 'steder')} mere` : ''}. Skriv ikke CPR-numre i værktøjet.
            Indlæs kun filen, hvis det ikke er CPR-numre.
          </p>
          <p className="island-row">
            <button type="button" className="button" onClick={() => { setHeld(null); setResult('Filen er ikke indlæst. Intet er ændret.'); }}>Indlæs ikke</button>
            <button type="button" className="button" onClick={() => { const h = held; setHeld(null); setResult(merge(h.doc)); }}>Indlæs alligevel</button>
          </p>
        </div>
      )}
      {result && <p className="br-import-result" role="status" data-no-print>{result}</p>}
      <DataControls
        format={borgerrejseFormat} doc={doc} deleteLabel="Slet alle rejser"
        confirmText="Vil du slette alle rejser i denne browser? Du kan fortryde lige bagefter."
        onImport={(imported) => {
          setResult(null);
          const findings = findCprInDoc(imported);
          if (findings.length > 0) { setHeld({ doc: imported, findings }); return 'Filen er ikke indlæst endnu. Se beskeden ovenfor.'; }
          setHeld(null);
          return merge(imported);
        }}
      />
    </>
  );
}
