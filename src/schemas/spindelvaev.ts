import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { sider, redaktionelleNoter } from './common';

/** One theme's spider-web (spindelvæv): dimensions with their statements, verbatim from the source. */
export const spindelvaevSchema = z.object({
  /** The theme this web belongs to. */
  tema: reference('temaer'),
  /** Heading shown above the web, as in the source. */
  titel: z.string().min(1),
  publikation: reference('publikationer'),
  sider: sider.optional(),
  /** Lead-in to the exercise where the source has one («Introduktion til øvelse»). */
  introduktion: z.string().optional(),
  dimensioner: z
    .array(
      z.object({
        navn: z.string().min(1),
        /** Each statement with a stable id: saved ratings, notes and choices refer to it, never to its position. */
        udsagn: z.array(z.object({ id: z.string().regex(/^[a-z0-9-]{1,40}$/), tekst: z.string().min(1) })).min(1),
      }),
    )
    .min(1)
    .refine((dims) => new Set(dims.flatMap((d) => d.udsagn.map((u) => u.id))).size === dims.flatMap((d) => d.udsagn).length, {
      message: 'hvert udsagn skal have sit eget id',
    }),
  noter: redaktionelleNoter,
});

/** The exercise steps and «Løbende evaluering», identical for all six webs, kept once. */
export const spindelvaevOevelseSchema = z.object({
  type: z.literal('spindelvaev-oevelse'),
  publikation: reference('publikationer'),
  trin: z.array(z.object({ nummer: z.number().int().positive(), tekst: z.string().min(1) })).length(6),
  loebendeEvaluering: z.array(z.string().min(1)).min(1),
  noter: redaktionelleNoter,
});
