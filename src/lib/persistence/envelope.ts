/**
 * The versioned format every island stores and exports:
 *
 *   { "format": "ledelse-paa-tvaers", "tool": "spindelvaev", "version": 2, "savedAt": "…", "data": { … } }
 *
 * `data` is the tool's own document. When a tool changes its document shape it raises `version` and adds a
 * migration from the previous version; stored data and old export files are migrated on load/import.
 * One import flow for all three tools: bytes → text (decode.ts) → size and depth checks → JSON → the text
 * guard (textGuard.ts) → envelope → migrations → the tool's validator → the CPR check (../cpr.ts).
 * Nothing here throws: every failure is a Danish message, and the caller then changes nothing. Pure.
 */
import { fail, isRecord, type Result } from './validate';
import { findUnsafe, jsonDepth, MAX_DEPTH, cleanDeep } from './textGuard';
import { decodeBytes } from './decode';
import { findCprInValue, type CprInDocument } from '../cpr';
import { isoDayDa } from '../dates';

export const FORMAT = 'ledelse-paa-tvaers';
export const MAX_IMPORT_BYTES = 1_000_000;
export const NOTHING_CHANGED = 'Intet er ændret.';

/** Danish names of the site's tools by their `tool` field, for messages about a file from another tool. */
export const TOOL_LABELS: Readonly<Record<string, string>> = { spindelvaev: 'spindelvævet', '5f': '5F-værktøjet', borgerrejse: 'borgerrejsen' };

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

/** A read import: the document, what the user should know, and any CPR-like text found in it (each only when there is some). */
export type ImportResult<T> = { ok: true; value: T; notices?: string[]; cpr?: CprInDocument[] } | { ok: false; error: string };

export function wrap<T>(format: ToolFormat<T>, data: T, now = new Date()): Envelope<T> {
  // Cleaned here, where every saved and exported document passes, so the file always imports back.
  return { format: FORMAT, tool: format.tool, version: format.version, savedAt: now.toISOString(), data: cleanDeep(data) };
}

function toolMismatch(tool: unknown, format: ToolFormat<unknown>): string {
  const label = typeof tool === 'string' && Object.hasOwn(TOOL_LABELS, tool) ? TOOL_LABELS[tool] : null;
  return label
    ? `Filen er fra et andet værktøj (${label}), ikke fra ${format.label}. Importér den i det værktøj, den er fra.`
    : `Filen er ikke fra ${format.label}, men fra et andet værktøj eller program.`;
}

/** Unwraps, migrates and validates an envelope (already parsed from JSON). Never throws. */
export function unwrap<T>(format: ToolFormat<T>, value: unknown): Result<T> {
  try {
    if (!isRecord(value) || value.format !== FORMAT) {
      return fail('Filen er ikke en eksport fra dette site (mangler "format": "ledelse-paa-tvaers").');
    }
    if (value.tool !== format.tool) return fail(toolMismatch(value.tool, format));
    const version = value.version;
    if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) {
      return fail('Filen har ikke et gyldigt versionsnummer.');
    }
    if (version > format.version) {
      return fail(`Filen er fra en nyere udgave af værktøjet (version ${version}; denne side kan læse til og med version ${format.version}). Genindlæs siden, så du har den nyeste udgave, og prøv igen.`);
    }
    const unsafe = findUnsafe(value.data);
    if (unsafe) return fail(`Feltet «${unsafe.path}» ${unsafe.reason}. Filen er afvist af sikkerhedshensyn.`);
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
  } catch {
    return fail('Filens indhold kunne ikke læses.');
  }
}

export function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

const refused = (error: string): ImportResult<never> => ({ ok: false, error: `${error} ${NOTHING_CHANGED}` });

/** Validates an import file's text. On any problem returns a Danish message; the caller then changes nothing. */
export function parseImport<T>(format: ToolFormat<T>, text: string, maxBytes = MAX_IMPORT_BYTES, notices: string[] = []): ImportResult<T> {
  try {
    if (byteLength(text) > maxBytes) return refused(`Filen er for stor (over ${Math.round(maxBytes / 1000)} kB).`);
    if (jsonDepth(text) > MAX_DEPTH) return refused(`Filen er indlejret dybere end ${MAX_DEPTH} niveauer, så den kan ikke være fra værktøjet.`);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text.replace(/^\ufeff/, ''));
    } catch {
      return refused('Filen er ikke gyldig JSON. Vælg en fil, der er eksporteret fra værktøjet.');
    }
    const result = unwrap(format, parsed);
    if (!result.ok) return refused(result.error);
    const all = [...notices, ...(result.notices ?? [])];
    const cpr = findCprInValue(result.value);
    return { ok: true, value: result.value, ...(all.length ? { notices: all } : {}), ...(cpr.length ? { cpr } : {}) };
  } catch {
    return refused('Filen kunne ikke læses.');
  }
}

/** The whole import flow from the file's bytes. */
export function importBytes<T>(format: ToolFormat<T>, bytes: Uint8Array, maxBytes = MAX_IMPORT_BYTES): ImportResult<T> {
  if (bytes.length > maxBytes) return refused(`Filen er for stor (over ${Math.round(maxBytes / 1000)} kB).`);
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return refused(decoded.error);
  return parseImport(format, decoded.text, maxBytes, decoded.notice ? [decoded.notice] : []);
}

/** A Danish question before a file with CPR-like text is imported: never silent. */
export function cprQuestion(hits: CprInDocument[]): string {
  const where = hits.slice(0, 3).map((h) => `${h.masked} i feltet «${h.path}»`).join(', ');
  const more = hits.length > 3 ? ` og ${hits.length - 3} steder mere` : '';
  return `Filen indeholder noget, der ligner et CPR-nummer: ${where}${more}. Personnumre bør ikke stå i værktøjet. Vil du indlæse filen alligevel?`;
}

export function exportJson<T>(format: ToolFormat<T>, data: T, now = new Date()): string {
  return JSON.stringify(wrap(format, data, now), null, 2);
}

/** «spindelvaev-2026-11-23.json», dated in Danish time. */
export function exportFileName(format: ToolFormat<unknown>, now = new Date()): string {
  return `${format.tool}-${isoDayDa(now)}.json`;
}
