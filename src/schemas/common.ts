import { z } from 'astro/zod';

/** Original page numbers in the printed source, e.g. "4–7" or "s. 12". Free text because sources paginate oddly. */
export const sider = z.string().min(1).describe('Originale sidetal i kilden, fx "4–7"');

/** Where an editorial decision is recorded: visible on the page beside the text it concerns. */
export const redaktionelleNoter = z
  .array(z.string().min(1))
  .default([])
  .describe('Redaktionelle noter (udledt årstal, kildens stavefejl, uoverensstemmelser)');

/** A slug usable in a Danish URL: lowercase ascii letters, digits and hyphens. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'skal være små bogstaver a–z, tal og bindestreger (fx "de-gode-moeder")');
