import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { sider, redaktionelleNoter } from './common';

/** Metode 4, «Tag på en rejse med borgeren»: note colours, interviewer questions and open questions. */
export const borgerrejseSchema = z.object({
  type: z.literal('borgerrejse'),
  publikation: reference('publikationer'),
  sider: sider.optional(),
  noter_farver: z
    .array(
      z.object({
        id: z.enum(['gul', 'groen', 'roed']),
        betydning: z.string().min(1),
      }),
    )
    .length(3),
  interviewspoergsmaal: z.array(z.string().min(1)).min(1),
  aabneSpoergsmaal: z.array(z.string().min(1)).min(1),
  noter: redaktionelleNoter,
});
