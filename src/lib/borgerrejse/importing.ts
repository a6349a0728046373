/**
 * Importing journeys: the CPR guard for whole documents and the message for a merge. An imported file passes
 * the same check as typed text (findCprLike), field by field, before anything is merged; the answer names the
 * place in words a user recognises and shows the number masked, never the journey's name or the number itself
 * (either could be what is sensitive). Pure.
 */
import { findCprLike } from '../cpr';
import { countDa } from '../plural';
import { LIMITS, type BorgerrejseDoc } from './model';
import { mergeImport } from './operations';

export interface CprFinding {
  /** Where, in Danish: «navnet på rejse 2», «begivenhed 3 i rejse 1», «en oplevelse ved begivenhed 3 i rejse 1». */
  place: string;
  /** «010190-••••» */
  masked: string;
}

/** Every text in the document that looks like a CPR number, in document order. */
export function findCprInDoc(doc: BorgerrejseDoc): CprFinding[] {
  const found: CprFinding[] = [];
  const check = (text: string, place: string) => {
    for (const hit of findCprLike(text)) found.push({ place, masked: hit.masked });
  };
  doc.journeys.forEach((j, ji) => {
    const r = `rejse ${ji + 1}`;
    check(j.name, `navnet på ${r}`);
    j.events.forEach((e, ei) => {
      const b = `begivenhed ${ei + 1} i ${r}`;
      check(e.text, b);
      check(e.when, `datoen ved ${b}`);
      for (const n of e.notes) check(n.text, `en oplevelse ved ${b}`);
    });
  });
  return found;
}

const journeys = (n: number) => countDa(n, 'rejse', 'rejser');

/**
 * Merges `imported` into `doc` and says truthfully what happened: what was added, what was already there, or
 * (over the journey limit) that nothing was added and why. `next` is `doc` itself when nothing changed.
 */
export function mergeWithMessage(doc: BorgerrejseDoc, imported: BorgerrejseDoc, makeId?: () => string): { next: BorgerrejseDoc; text: string } {
  const r = mergeImport(doc, imported, makeId);
  if (r.overLimit > 0) {
    const room = Math.max(0, LIMITS.journeys - doc.journeys.length);
    const fresh = imported.journeys.length - r.identical;
    return {
      next: doc,
      text: `Filen blev ikke indlæst: den har ${journeys(fresh)}, som ikke findes her, men der er kun plads til ${room} mere (højst ${LIMITS.journeys} rejser i alt). Eksportér og slet nogle rejser først. Intet er ændret.`,
    };
  }
  if (r.added === 0) return { next: doc, text: 'Filen er indlæst, men alle rejserne i den findes allerede. Intet er ændret.' };
  return { next: r.doc, text: `Filen er indlæst: ${journeys(r.added)} er lagt til dine rejser${r.identical ? ` (${r.identical} fandtes allerede)` : ''}.` };
}
