/**
 * Importing journeys: the message for a merge, truthful about what was added, what was already there and what
 * would not fit. (The CPR question and the decoding are the shared import flow's, src/lib/persistence.) Pure.
 */
import { countDa } from '../plural';
import { LIMITS, type BorgerrejseDoc } from './model';
import { mergeImport } from './operations';

const journeys = (n: number) => countDa(n, 'rejse', 'rejser');

/**
 * Merges `imported` into `doc` and says truthfully what happened: what was added, what was already there, or
 * (over the journey limit) that nothing was added and why. `next` is `doc` itself when nothing changed.
 */
export function mergeWithMessage(doc: BorgerrejseDoc, imported: BorgerrejseDoc, makeId?: () => string): { next: BorgerrejseDoc; text: string; refused: boolean } {
  const r = mergeImport(doc, imported, makeId);
  if (r.overLimit > 0) {
    const room = Math.max(0, LIMITS.journeys - doc.journeys.length);
    const fresh = imported.journeys.length - r.identical;
    return {
      next: doc,
      refused: true,
      text: `Den har ${journeys(fresh)}, som ikke findes her, men der er kun plads til ${room} mere (højst ${LIMITS.journeys} rejser i alt). Eksportér og slet nogle rejser først.`,
    };
  }
  if (r.added === 0) return { next: doc, refused: false, text: 'Filen er indlæst, men alle rejserne i den findes allerede. Intet er ændret.' };
  return { next: r.doc, refused: false, text: `Filen er indlæst: ${journeys(r.added)} er lagt til dine rejser${r.identical ? ` (${r.identical} fandtes allerede)` : ''}.` };
}
