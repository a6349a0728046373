/**
 * Tiny validators for imported and stored data, with Danish messages that name the field.
 * Hand-written rather than a schema library so the islands stay small in the browser.
 */

/** `notices`: things the user should know although the data was read, e.g. «the web has changed since». */
export type Result<T> = { ok: true; value: T; notices?: string[] } | { ok: false; error: string };

export const ok = <T>(value: T, notices?: string[]): Result<T> => (notices?.length ? { ok: true, value, notices } : { ok: true, value });
export const fail = (error: string): Result<never> => ({ ok: false, error });

export class ValidationError extends Error {
  constructor(public readonly path: string, message: string) {
    const text = path ? `Feltet «${path}»: ${message}` : message;
    // Messages are followed by more text («Intet er ændret.»), so each ends as a sentence.
    super(/[.!?]$/.test(text) ? text : `${text}.`);
    this.name = 'ValidationError';
  }
}

/** Throws ValidationError; use inside a validator and catch with `attempt`. */
export function expect(condition: unknown, path: string, message: string): asserts condition {
  if (!condition) throw new ValidationError(path, message);
}

export function attempt<T>(fn: () => T): Result<T> {
  try {
    return ok(fn());
  } catch (e) {
    if (e instanceof ValidationError) return fail(e.message);
    throw e;
  }
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function record(v: unknown, path: string): Record<string, unknown> {
  expect(isRecord(v), path, 'skal være et objekt');
  return v;
}

export function array(v: unknown, path: string, max = 10_000): unknown[] {
  expect(Array.isArray(v), path, 'skal være en liste');
  expect(v.length <= max, path, `må højst have ${max} elementer`);
  return v;
}

export function string(v: unknown, path: string, maxLength = 10_000): string {
  expect(typeof v === 'string', path, 'skal være tekst');
  expect(v.length <= maxLength, path, `må højst være ${maxLength} tegn`);
  return v;
}

export function optionalString(v: unknown, path: string, maxLength = 10_000): string | undefined {
  return v === undefined || v === null ? undefined : string(v, path, maxLength);
}

export function number(v: unknown, path: string, min: number, max: number, integer = false): number {
  expect(typeof v === 'number' && Number.isFinite(v), path, 'skal være et tal');
  expect(!integer || Number.isInteger(v), path, 'skal være et helt tal');
  expect(v >= min && v <= max, path, `skal være mellem ${min} og ${max}`);
  return v;
}

export function oneOf<T extends string>(v: unknown, path: string, values: readonly T[]): T {
  expect(typeof v === 'string' && (values as readonly string[]).includes(v), path, `skal være en af: ${values.join(', ')}`);
  return v as T;
}

export function boolean(v: unknown, path: string): boolean {
  expect(typeof v === 'boolean', path, 'skal være sand eller falsk');
  return v;
}

/** An ISO date-time string (as written by `new Date().toISOString()`). */
export function isoDate(v: unknown, path: string): string {
  const s = string(v, path, 40);
  expect(!Number.isNaN(Date.parse(s)), path, 'skal være en dato');
  return s;
}
