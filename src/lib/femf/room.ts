/**
 * What the room sees on the projector for a phase: the points the groups have captured, newest last, capped so
 * the presenter window never has to cut anything off. Pure.
 */
import { ACTION_FIELDS, type Group, type Session } from './document';
import { PHASE_IDS, type PhaseId } from './phases';

export interface RoomPoint { key: string; group: string; text: string }
export interface RoomView { points: RoomPoint[]; more: number }

/** Longest text shown per point; longer texts end in «…» (the full text stays in the tool and the handout). */
export const POINT_CHARS = 140;
export const MAX_POINTS = 6;

const short = (text: string) => {
  const t = text.trim().replace(/\s+/g, ' ');
  return t.length > POINT_CHARS ? `${t.slice(0, POINT_CHARS - 1).trimEnd()}…` : t;
};

function pointsOf(g: Group, phase: PhaseId): { key: string; text: string }[] {
  switch (phase) {
    case 'fokuser': return [
      { key: 'tema', text: g.theme.trim() ? `Tema: ${g.theme}` : '' },
      { key: 'hvorfor', text: g.why },
    ];
    case 'forstaa': return [...g.gold.map((x) => ({ key: `guld-${x.id}`, text: x.text })), ...g.learning.map((x) => ({ key: `laering-${x.id}`, text: x.text ? `Læring: ${x.text}` : '' }))];
    case 'forestil': return [{ key: 'vision', text: g.vision }];
    case 'fastslaa': return g.goals.map((x) => ({ key: `maal-${x.id}`, text: x.text }));
    case 'frigoer': return g.actions.map((a) => ({ key: `handling-${a.id}`, text: ACTION_FIELDS.slice(0, 3).map((f) => a[f].trim()).filter(Boolean).join(' · ') }));
  }
}

/** The captured points of phase `index` (0–4) across the session's groups; `more` counts those not shown. */
export function roomView(session: Session, index: number, max = MAX_POINTS): RoomView {
  const phase = PHASE_IDS[index];
  if (!phase) return { points: [], more: 0 };
  const many = session.groups.length > 1;
  const all = session.groups.flatMap((g) => pointsOf(g, phase)
    .filter((p) => p.text.trim())
    .map((p) => ({ key: `${g.id}-${p.key}`, group: many ? g.name.trim() || 'Gruppe uden navn' : '', text: short(p.text) })));
  // The newest points matter most while the room talks: show the last ones.
  const shown = all.slice(Math.max(0, all.length - max));
  return { points: shown, more: all.length - shown.length };
}
