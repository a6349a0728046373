import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { sider, redaktionelleNoter } from './common';

export const femfFaseIds = ['fokuser', 'forstaa', 'forestil', 'fastslaa', 'frigoer'] as const;

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
    .length(5),
  noter: redaktionelleNoter,
});
