/** The cover's line about what the handout holds, built at build time and again in the browser after a change. */
import { listDa } from '../text';

export type SectionKind = 'intro' | 'kapitel' | 'erfaring' | 'vaerktoej' | 'ark';

const WORDS: Record<SectionKind, [string, string]> = {
  intro: ['temaets indledning', 'temaets indledning'],
  kapitel: ['kapitel', 'kapitler'],
  erfaring: ['erfaring fra en kommune', 'erfaringer fra kommuner'],
  vaerktoej: ['værktøj', 'værktøjer'],
  ark: ['arbejdsark', 'arbejdsark'],
};

/** «Temaets indledning, 2 kapitler, 10 erfaringer fra kommuner og 1 arbejdsark.» */
export function summaryDa(kinds: readonly SectionKind[]): string {
  const order: SectionKind[] = ['intro', 'kapitel', 'erfaring', 'vaerktoej', 'ark'];
  const parts = order.flatMap((k) => {
    const n = kinds.filter((x) => x === k).length;
    if (!n) return [];
    return [k === 'intro' ? WORDS.intro[0] : `${n} ${WORDS[k][n === 1 ? 0 : 1]}`];
  });
  if (!parts.length) return 'Intet valgt endnu.';
  const text = listDa(parts);
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}
