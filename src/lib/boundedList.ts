/** Lists that grow with the content stay short where they are a line of text. Pure. */
import { countDa } from './plural';

/** «Odense, Viborg, Aarhus og 7 andre» for a kicker line; every name when there are at most `max`. */
export function namesLineDa(names: readonly string[], max = 3, sep = ', '): string {
  if (names.length <= max) return names.join(sep);
  return `${names.slice(0, max).join(sep)} og ${countDa(names.length - max, 'anden', 'andre')}`;
}
