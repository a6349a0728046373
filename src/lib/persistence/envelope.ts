/**
 * The versioned format every island stores and exports:
 *
 *   { "format": "ledelse-paa-tvaers", "tool": "spindelvaev", "version": 2, "savedAt": "…", "data": { … } }
 *
 * `data` is the tool's own document. When a tool changes its document shape it raises `version` and adds a
 * migration from the previous version; stored data and old export files are migrated on load/import.
 * Pure: no DOM, no storage.
 */
import { fail, isRecord, type Result } from './validate';
import { findMarkup } from './markup';

export const FORMAT = 'ledelse-paa-tvaers';
export const MAX_IMPORT_BYTES = 1_000_000;

export interface Envelope<T> {
  format: typeof FORMAT;
  tool: string;
  version: number;
  savedAt: string;
  data: T;
}

export interface ToolFormat<T> {
  /** Short machine name, also in file names: «spindelvaev», «5f», «borgerrejse». */
  tool: string;
  /** Danish name used in messages: «spindelvævet». */
  label: string;
  version: number;
  /** migrations[n] turns version n data into version n+1 data. */
  migrations?: Record<number, (data: unknown) => unknown>;
  /** Checks the (migrated) document; returns a Danish message naming the field on failure. */
  validate(data: unknown): Result<T>;
  empty(): T;
}

export function wrap<T>(format: ToolFormat<T>, data: T, now = new Date()): Envelope<T> {
  return { format: FORMAT, tool: format.tool, version: format.version, savedAt: now.toISOString(), data };
}

/** Unwraps, migrates and validates an envelope (already parsed from JSON). */
export function unwrap<T>(format: ToolFormat<T>, value: unknown): Result<T> {
  if (!isRecord(value) || value.format !== FORMAT) {
    return fail('Filen er ikke en eksport fra dette site (mangler "format": "ledelse-paa-tvaers").');
  }
  if (value.tool !== format.tool) {
    return fail(`Filen er fra et andet værktøj («${String(value.tool)}»), ikke ${format.label}.`);
  }
  const version = value.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('Filen har ikke et gyldigt versionsnummer.');
  }
  if (version > format.version) {
    return fail(`Filen er fra en nyere udgave af værktøjet (version ${version}). Opdatér siden og prøv igen.`);
  }
  let data: unknown = value.data;
  for (let v = version; v < format.version; v++) {
    const migrate = format.migrations?.[v];
    if (!migrate) return fail(`Filen har version ${v}, som ikke kan opgraderes.`);
    try {
      data = migrate(data);
    } catch {
      return fail(`Filen kunne ikke opgraderes fra version ${v}.`);
    }
  }
  return format.validate(data);
}

export function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

/**
 * Validates an import file's text. On any problem returns a Danish message; the caller then changes nothing.
 */
export function parseImport<T>(format: ToolFormat<T>, text: string, maxBytes = MAX_IMPORT_BYTES): Result<T> {
  if (byteLength(text) > maxBytes) {
    return fail(`Filen er for stor (over ${Math.round(maxBytes / 1000)} kB). Intet er ændret.`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return fail('Filen er ikke gyldig JSON. Vælg en fil, der er eksporteret fra værktøjet. Intet er ændret.');
  }
  const markup = findMarkup(parsed);
  if (markup) {
    return fail(`Filen indeholder HTML eller script i feltet «${markup}». Den er afvist af sikkerhedshensyn. Intet er ændret.`);
  }
  const result = unwrap(format, parsed);
  return result.ok ? result : fail(`${result.error} Intet er ændret.`);
}

export function exportJson<T>(format: ToolFormat<T>, data: T, now = new Date()): string {
  return JSON.stringify(wrap(format, data, now), null, 2);
}

/** «spindelvaev-2026-11-23.json» */
export function exportFileName(format: ToolFormat<unknown>, now = new Date()): string {
  return `${format.tool}-${now.toISOString().slice(0, 10)}.json`;
}
