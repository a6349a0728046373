import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { sider, redaktionelleNoter } from './common';
import { PHASE_COUNT, PHASE_IDS } from '../lib/femf/phases';

/** The phase ids, declared once in src/lib/femf/phases.ts. */
export const femfFaseIds = PHASE_IDS;

/** Metode 6, 5F: the five phases with their guiding questions, in the source's wording. */
export const femfSchema = z.object({
  type: z.literal('femf'),
  publikation: reference('publikationer'),
  sider: sider.optional(),
  varighed: z.object({ minTimer: z.number().positive(), maxTimer: z.number().positive() }),
  faser: z
    .array(
      z.object({
        id: z.enum(femfFaseIds),
        navn: z.string().min(1),
        beskrivelse: z.string().min(1),
        spoergsmaal: z.array(z.string().min(1)).default([]),
        eksempler: z.array(z.string().min(1)).default([]),
      }),
    )
    .length(PHASE_COUNT)
    .refine((faser) => faser.every((f, i) => f.id === PHASE_IDS[i]), { message: `faserne skal stå i rækkefølgen ${PHASE_IDS.join(', ')}` }),
  noter: redaktionelleNoter,
});
