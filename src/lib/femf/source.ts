/** Where Metode 6 comes from, as the printed result names it. Pure. */
export interface MethodSource {
  /** «Metode 6: De gode erfaringer og næste skridt – 5F» */
  method: string;
  publication: string;
  publisher: string;
  year: number | null;
}

/** «Metode 6: … – 5F. Fra «Ledelse på tværs», Væksthus for Ledelse (2020).» */
export function sourceLine(source: MethodSource): string {
  return `${source.method}. Fra «${source.publication}», ${source.publisher}${source.year ? ` (${source.year})` : ''}.`;
}
