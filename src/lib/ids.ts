/** Ids for everything a tool saves: one implementation, unique enough across windows and devices. Pure. */

/** A new id: prefix, time in base 36 and 8 random base-36 characters (crypto where the runtime has it). */
export function newId(prefix = '', now = Date.now(), random: () => number = defaultRandom): string {
  let tail = '';
  while (tail.length < 8) tail += Math.floor(random() * 36).toString(36);
  return `${prefix}${now.toString(36)}${tail}`;
}

function defaultRandom(): number {
  const c = (globalThis as { crypto?: Crypto }).crypto;
  if (c?.getRandomValues) return c.getRandomValues(new Uint32Array(1))[0]! / 2 ** 32;
  return Math.random();
}

/** Safe for attributes, CSS selectors and file names: letters, digits, «-» and «_», 1–64 characters. */
export const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function isSafeId(value: unknown): value is string {
  return typeof value === 'string' && SAFE_ID.test(value);
}
