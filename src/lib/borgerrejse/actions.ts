/**
 * What each timeline action does: the document change (a named operation, applied to the latest document),
 * the Danish message, where the message is shown, what «Fortryd» restores and where focus goes next.
 * Pure, so every message and undo is unit-tested; the island only applies the plan.
 */
import { countDa } from '../plural';
import type { BorgerrejseDoc, ExperienceKind, Journey } from './model';
import {
  addNote, deleteEvent, deleteNote, editEvent, findNote, mapJourney, moveEventTo, restoreEvent, restoreNote, updateNote,
  type EventEdit,
} from './operations';

export const KIND_LABEL: Record<ExperienceKind, string> = { groen: 'Godt', roed: 'Dårligt' };

export interface NoteEdit { kind: ExperienceKind; text: string; eventId: string }

export type TimelineAction =
  | { type: 'editEvent'; eventId: string; values: EventEdit }
  | { type: 'deleteEvent'; eventId: string }
  | { type: 'moveEvent'; eventId: string; to: number; via: 'keyboard' | 'pointer' }
  | { type: 'addNote'; eventId: string; kind: ExperienceKind; text: string; noteId: string }
  | { type: 'editNote'; eventId: string; noteId: string; values: NoteEdit }
  | { type: 'deleteNote'; eventId: string; noteId: string };

export type NoticeAt =
  | { kind: 'event'; eventId: string }
  /** Where a deleted event stood in the timeline. */
  | { kind: 'gone'; index: number }
  | { kind: 'add' }
  | { kind: 'journeys' };

/** An element to focus after the change: a button of an event (by its data-act), or the add form. */
export type FocusTarget = { eventId: string; act: string } | 'add' | 'journey';

export interface ActionPlan {
  change?: (doc: BorgerrejseDoc) => BorgerrejseDoc;
  message: string;
  at: NoticeAt;
  undo?: (doc: BorgerrejseDoc) => BorgerrejseDoc;
  /** Where «Det er fortrudt» is shown (default: where the message was). */
  undoAt?: NoticeAt;
  focus?: FocusTarget;
}

/** The plan for `action` on journey `j` as the user sees it now; null when it refers to nothing there. */
export function planAction(j: Journey, action: TimelineAction): ActionPlan | null {
  const inJourney = (fn: (x: Journey) => Journey) => (d: BorgerrejseDoc) => mapJourney(d, j.id, fn);
  const index = j.events.findIndex((e) => e.id === action.eventId);
  const event = j.events[index];
  if (!event) return null;
  const n = index + 1;
  switch (action.type) {
    case 'editEvent':
      return { change: inJourney((x) => editEvent(x, action.eventId, action.values)), message: `Begivenhed ${action.values.position} er gemt.`, at: { kind: 'event', eventId: event.id } };
    case 'deleteEvent': {
      const next = j.events[index + 1] ?? j.events[index - 1];
      return {
        change: inJourney((x) => deleteEvent(x, event.id)),
        message: `Begivenhed ${n} er slettet${event.notes.length ? ` med ${countDa(event.notes.length, 'oplevelse', 'oplevelser')}` : ''}.`,
        at: { kind: 'gone', index },
        undo: inJourney((x) => restoreEvent(x, event, index)),
        undoAt: { kind: 'event', eventId: event.id },
        focus: next ? { eventId: next.id, act: 'edit' } : 'add',
      };
    }
    case 'moveEvent': {
      if (action.to < 0 || action.to >= j.events.length) {
        return { message: `Begivenhed ${n} er allerede ${action.to < 0 ? 'først' : 'sidst'} i tidslinjen.`, at: { kind: 'event', eventId: event.id } };
      }
      return {
        change: inJourney((x) => moveEventTo(x, event.id, action.to)),
        message: `Begivenhed ${n} er flyttet til plads ${action.to + 1}.`,
        at: { kind: 'event', eventId: event.id },
        focus: action.via === 'keyboard' ? { eventId: event.id, act: action.to < index ? 'up' : 'down' } : undefined,
      };
    }
    case 'addNote':
      return {
        change: inJourney((x) => addNote(x, event.id, action.kind, action.text, action.noteId)),
        message: `Oplevelsen «${KIND_LABEL[action.kind]}» er tilføjet ved begivenhed ${n}.`,
        at: { kind: 'event', eventId: event.id },
      };
    case 'editNote': {
      if (!findNote(j, action.noteId, event.id)) return null;
      const target = j.events.findIndex((e) => e.id === action.values.eventId);
      return {
        change: inJourney((x) => updateNote(x, event.id, action.noteId, action.values)),
        message: target >= 0 && target !== index ? `Oplevelsen er flyttet til begivenhed ${target + 1}.` : `Oplevelsen ved begivenhed ${n} er gemt.`,
        at: { kind: 'event', eventId: target >= 0 ? action.values.eventId : event.id },
      };
    }
    case 'deleteNote': {
      const found = findNote(j, action.noteId, event.id);
      if (!found) return null;
      return {
        change: inJourney((x) => deleteNote(x, event.id, found.note.id)),
        message: `Oplevelsen ved begivenhed ${n} er slettet.`,
        at: { kind: 'event', eventId: event.id },
        undo: inJourney((x) => restoreNote(x, event.id, found.note, found.at)),
        focus: { eventId: event.id, act: 'add-groen' },
      };
    }
  }
}
