/** Danish singular/plural by the language's own rules (Intl.PluralRules('da')). Pure. */
const rules = new Intl.PluralRules('da');

/** pluralDa(1, 'erfaring', 'erfaringer') → «erfaring»; 0 and 2 → «erfaringer». */
export function pluralDa(n: number, one: string, other: string): string {
  return rules.select(n) === 'one' ? one : other;
}

/** countDa(4, 'erfaring', 'erfaringer') → «4 erfaringer». */
export function countDa(n: number, one: string, other: string): string {
  return `${n} ${pluralDa(n, one, other)}`;
}
