/**
 * Export, import and «Slet alle rejser» for the journeys, through the shared import flow (strict decoding, the
 * CPR question, undo). An import is merged beside the existing journeys (mergeWithMessage); a file that would
 * pass the 200-journey limit is refused whole, with the numbers.
 */
import { DataControls } from '../shared/DataControls';
import type { PersistentDocument } from '../shared/usePersistentDocument';
import { borgerrejseFormat, type BorgerrejseDoc } from '../../lib/borgerrejse/model';
import { mergeWithMessage } from '../../lib/borgerrejse/importing';

export function BorgerrejseData({ doc }: { doc: PersistentDocument<BorgerrejseDoc> }) {
  // Only a real change is saved: «Intet er ændret» leaves the stored bytes as they were.
  const onImport = (imported: BorgerrejseDoc) => {
    const m = mergeWithMessage(doc.data, imported);
    if (m.refused) return { refused: m.text };
    if (m.next !== doc.data) doc.update((prev) => mergeWithMessage(prev, imported).next);
    return m.text;
  };
  return (
    <DataControls
      format={borgerrejseFormat} doc={doc} deleteLabel="Slet alle rejser" onImport={onImport}
      confirmText="Vil du slette alle rejser i denne browser? Du kan fortryde lige bagefter."
    />
  );
}
