import type { z } from 'astro/zod';
import type { femfSchema } from '../../schemas/femf';

type FemfData = z.infer<typeof femfSchema>;

/** Props the island gets from content/metodedata/femf.yaml (via Mount.astro), typed by its schema. */
export type PhaseContent = FemfData['faser'][number];

import type { MethodSource } from '../../lib/femf/source';

export interface FemfProps {
  phases: PhaseContent[];
  bounds: FemfData['varighed'];
  source: MethodSource;
  /** The projector window's address. */
  projectorUrl: string;
}

/** A message for the island's status line, optionally with an undo. */
export interface Notice { text: string; undo?: () => void }
export type Announce = (text: string, undo?: () => void) => void;
