/** Props the island gets from content/metodedata/femf.yaml (via Mount.astro). */
export interface PhaseContent {
  id: string;
  navn: string;
  beskrivelse: string;
  spoergsmaal: string[];
  eksempler: string[];
}

export interface FemFProps {
  phases: PhaseContent[];
  bounds: { minTimer: number; maxTimer: number };
}

/** A message for the island's status line, optionally with an undo. */
export interface Notice { text: string; undo?: () => void }
export type Announce = (text: string, undo?: () => void) => void;
