/**
 * The summary after the journey, for the chef's reflection: where it went well (most green) and where it
 * hurt (most red). Pure.
 */
import type { Journey } from './model';

export interface EventTally {
  eventId: string;
  /** 1-based position in the timeline. */
  position: number;
  text: string;
  when: string;
  official: boolean;
  green: number;
  red: number;
}

export interface JourneySummary {
  events: number;
  outsideOfficial: number;
  green: number;
  red: number;
  /** Events with no experience notes yet. */
  withoutNotes: number;
  /** Events with at least one red note: most red first, then fewest green, then timeline order. */
  hurt: EventTally[];
  /** Events with at least one green note: most green first, then fewest red, then timeline order. */
  wentWell: EventTally[];
  /** Every event in timeline order. */
  tallies: EventTally[];
}

export function summarize(journey: Journey): JourneySummary {
  const tallies: EventTally[] = journey.events.map((e, i) => ({
    eventId: e.id,
    position: i + 1,
    text: e.text,
    when: e.when,
    official: e.official,
    green: e.notes.filter((n) => n.kind === 'groen').length,
    red: e.notes.filter((n) => n.kind === 'roed').length,
  }));
  const hurt = tallies.filter((t) => t.red > 0).sort((a, b) => b.red - a.red || a.green - b.green || a.position - b.position);
  const wentWell = tallies.filter((t) => t.green > 0).sort((a, b) => b.green - a.green || a.red - b.red || a.position - b.position);
  return {
    events: tallies.length,
    outsideOfficial: tallies.filter((t) => !t.official).length,
    green: tallies.reduce((s, t) => s + t.green, 0),
    red: tallies.reduce((s, t) => s + t.red, 0),
    withoutNotes: tallies.filter((t) => t.green + t.red === 0).length,
    hurt,
    wentWell,
    tallies,
  };
}
