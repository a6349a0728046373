/**
 * The timeline: yellow event notes in order, each with its green and red experience notes beside it.
 * Reorder by dragging the handle (mouse, pen or touch: native pointer events) or with the arrow buttons
 * (keyboard). Each event's own editing state lives in its item, so typing never re-renders the whole row.
 */
import { Fragment, memo, useCallback, useRef, useState, type PointerEvent as ReactPointerEvent, type ReactNode } from 'react';
import { dropIndex } from '../../lib/borgerrejse/operations';
import type { NoticeAt, TimelineAction } from '../../lib/borgerrejse/actions';
import type { ExperienceKind, ExperienceNote, JourneyEvent } from '../../lib/borgerrejse/model';
import { newId } from '../../lib/ids';
import { EventForm, NoteForm } from './forms';
import { ExperienceIcon, IconEvent, IconOutside } from './icons';
import { EVENT_LABEL, KIND_LABEL, OUTSIDE_LABEL, shown } from './labels';

interface TimelineProps {
  events: readonly JourneyEvent[];
  onAction: (a: TimelineAction) => void;
  eventHint?: string;
  noteHint?: string;
  /** The message for the last action, shown at its event or where a deleted event stood. */
  notice: { at: NoticeAt; node: ReactNode } | null;
}

interface DragState { id: string; from: number; to: number; pointerId: number; mids: number[] }

const EDGE = 70;

export function Timeline({ events, onAction, eventHint, noteHint, notice }: TimelineProps) {
  const listRef = useRef<HTMLOListElement>(null);
  const drag = useRef<DragState | null>(null);
  const [dragView, setDragView] = useState<{ from: number; to: number } | null>(null);

  // Stable handlers (items are memoised): everything they need is in the drag ref or passed in.
  const onHandleDown = useCallback((e: ReactPointerEvent<HTMLElement>, index: number, id: string) => {
    if (e.button !== 0 || !listRef.current) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    const items = Array.from(listRef.current.querySelectorAll<HTMLElement>(':scope > [data-event-id]'));
    const mids = items.map((li) => { const r = li.getBoundingClientRect(); return r.top + window.scrollY + r.height / 2; });
    drag.current = { id, from: index, to: index, pointerId: e.pointerId, mids };
    setDragView({ from: index, to: index });
  }, []);
  const onHandleMove = useCallback((e: ReactPointerEvent<HTMLElement>) => {
    const d = drag.current;
    if (!d || e.pointerId !== d.pointerId) return;
    if (e.clientY < EDGE) window.scrollBy(0, -12);
    else if (e.clientY > window.innerHeight - EDGE) window.scrollBy(0, 12);
    const to = dropIndex(d.mids, d.from, e.clientY + window.scrollY);
    if (to !== d.to) { d.to = to; setDragView({ from: d.from, to }); }
  }, []);
  const onHandleEnd = useCallback((e: ReactPointerEvent<HTMLElement>, commit: boolean) => {
    const d = drag.current;
    if (!d || e.pointerId !== d.pointerId) return;
    drag.current = null;
    setDragView(null);
    if (commit && d.to !== d.from) onAction({ type: 'moveEvent', eventId: d.id, to: d.to, via: 'pointer' });
  }, [onAction]);

  const gone = notice?.at.kind === 'gone' ? Math.min(notice.at.index, events.length) : -1;
  const goneItem = gone >= 0 && <li key="br-gone" className="br-gone">{notice!.node}</li>;
  return (
    <ol className={`br-timeline${dragView ? ' is-dragging' : ''}`} ref={listRef}>
      {events.map((ev, i) => (
        <Fragment key={ev.id}>
        {i === gone && goneItem}
        <EventItem
          key={ev.id} event={ev} index={i} total={events.length} events={events}
          drop={dragView ? (i === dragView.from ? 'dragged' : i === dragView.to ? (dragView.to < dragView.from ? 'before' : 'after') : '') : ''}
          onAction={onAction} eventHint={eventHint} noteHint={noteHint}
          notice={notice?.at.kind === 'event' && notice.at.eventId === ev.id ? notice.node : null}
          onHandleDown={onHandleDown} onHandleMove={onHandleMove} onHandleEnd={onHandleEnd}
        />
        </Fragment>
      ))}
      {gone === events.length && goneItem}
    </ol>
  );
}

interface ItemProps {
  event: JourneyEvent;
  index: number;
  total: number;
  /** All events, only read when a note's edit form is open (to move it). */
  events: readonly JourneyEvent[];
  drop: '' | 'dragged' | 'before' | 'after';
  onAction: (a: TimelineAction) => void;
  eventHint?: string;
  noteHint?: string;
  notice: ReactNode;
  onHandleDown: (e: ReactPointerEvent<HTMLElement>, index: number, id: string) => void;
  onHandleMove: (e: ReactPointerEvent<HTMLElement>) => void;
  onHandleEnd: (e: ReactPointerEvent<HTMLElement>, commit: boolean) => void;
}

const EventItem = memo(function EventItem({ event, index, total, events, drop, onAction, eventHint, noteHint, notice, onHandleDown, onHandleMove, onHandleEnd }: ItemProps) {
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState<ExperienceKind | null>(null);
  const [editingNote, setEditingNote] = useState<string | null>(null);
  const rootRef = useRef<HTMLLIElement>(null);
  const n = index + 1;
  const focus = (selector: string) => requestAnimationFrame(() => rootRef.current?.querySelector<HTMLElement>(selector)?.focus());

  return (
    <li
      ref={rootRef} id={`br-e-${event.id}`} data-event-id={event.id}
      className={`br-event${event.official ? '' : ' br-event--outside'}${editing ? ' br-event--editing' : ''}${drop ? ` br-event--${drop}` : ''}`}
    >
      <div
        className="br-handle" aria-hidden="true" title="Træk for at flytte begivenheden"
        onPointerDown={(e) => onHandleDown(e, index, event.id)} onPointerMove={onHandleMove}
        onPointerUp={(e) => onHandleEnd(e, true)} onPointerCancel={(e) => onHandleEnd(e, false)}
      >
        <span className="br-handle__num">{n}</span>
        <svg viewBox="0 0 12 20" width="12" height="20" focusable="false"><g fill="currentColor"><circle cx="3" cy="4" r="1.6" /><circle cx="9" cy="4" r="1.6" /><circle cx="3" cy="10" r="1.6" /><circle cx="9" cy="10" r="1.6" /><circle cx="3" cy="16" r="1.6" /><circle cx="9" cy="16" r="1.6" /></g></svg>
      </div>
      <div className="br-note br-note--gul">
        <h4 className="br-note__kind" id={`br-e-${event.id}-title`}>
          {event.official ? <IconEvent /> : <IconOutside />} {EVENT_LABEL} {n}
          {!event.official && <span className="br-note__outside"> · {OUTSIDE_LABEL}</span>}
        </h4>
        {editing ? (
          <EventForm
            mode="edit" total={total} hint={eventHint}
            initial={{ text: event.text, when: event.when, official: event.official, position: n }}
            onSubmit={(values) => { onAction({ type: 'editEvent', eventId: event.id, values }); setEditing(false); focus('[data-act="edit"]'); }}
            onCancel={() => { setEditing(false); focus('[data-act="edit"]'); }}
          />
        ) : (
          <>
            {event.when && <p className="br-note__when">{shown(event.when)}</p>}
            <LongText text={event.text} />
            <div className="br-note__actions" data-no-print>
              <button type="button" className="br-btn" data-act="edit" onClick={() => setEditing(true)}>Redigér<span className="visually-hidden"> begivenhed {n}</span></button>
              <button type="button" className="br-btn" data-act="delete" onClick={() => onAction({ type: 'deleteEvent', eventId: event.id })}>Slet<span className="visually-hidden"> begivenhed {n}</span></button>
              <span className="br-move">
                <button type="button" className="br-btn br-btn--icon" data-act="up" onClick={() => onAction({ type: 'moveEvent', eventId: event.id, to: index - 1, via: 'keyboard' })}>
                  <span aria-hidden="true">↑</span><span className="visually-hidden">Flyt begivenhed {n} op</span>
                </button>
                <button type="button" className="br-btn br-btn--icon" data-act="down" onClick={() => onAction({ type: 'moveEvent', eventId: event.id, to: index + 1, via: 'keyboard' })}>
                  <span aria-hidden="true">↓</span><span className="visually-hidden">Flyt begivenhed {n} ned</span>
                </button>
              </span>
            </div>
          </>
        )}
      </div>
      <div className="br-experiences">
        {event.notes.length > 0 && (
          <ul className="br-notes" aria-label={`Oplevelser ved begivenhed ${n}`}>
            {event.notes.map((note) => (
              <NoteItem
                key={note.id} note={note} n={n} eventId={event.id} events={events} noteHint={noteHint}
                editing={editingNote === note.id} onEdit={(on) => setEditingNote(on ? note.id : null)}
                onAction={onAction} focusAfter={() => focus('[data-act="add-groen"]')}
              />
            ))}
          </ul>
        )}
        {adding ? (
          <NoteForm
            mode="add" initial={{ kind: adding, text: '', eventId: event.id }} hint={noteHint}
            onSubmit={(v) => { onAction({ type: 'addNote', eventId: event.id, kind: v.kind, text: v.text, noteId: newId('n') }); setAdding(null); focus(`[data-act="add-${v.kind}"]`); }}
            onCancel={() => { const k = adding; setAdding(null); focus(`[data-act="add-${k}"]`); }}
          />
        ) : (
          <div className="br-add-notes" data-no-print>
            {(['groen', 'roed'] as const).map((k) => (
              <button key={k} type="button" className={`br-btn br-btn--${k}`} data-act={`add-${k}`} onClick={() => setAdding(k)} aria-label={`${KIND_LABEL[k]}: tilføj oplevelse ved begivenhed ${n}`}>
                <ExperienceIcon kind={k} /> {KIND_LABEL[k]}
              </button>
            ))}
          </div>
        )}
      </div>
      {notice && <div className="br-event__notice">{notice}</div>}
    </li>
  );
}, (a, b) =>
  a.event === b.event && a.index === b.index && a.total === b.total && a.drop === b.drop && a.onAction === b.onAction && a.notice === b.notice
  && a.eventHint === b.eventHint && a.noteHint === b.noteHint && a.onHandleEnd === b.onHandleEnd
  // `events` is only read by a note's edit form (the «move to event» choice); it is taken as of the item's
  // last render, and a choice of an event deleted meanwhile is ignored by updateNote.
);

const LONG = 420;

/** Very long texts are shortened on screen with a button to show all (print always shows all). */
function LongText({ text: raw }: { text: string }) {
  const [open, setOpen] = useState(false);
  const text = shown(raw);
  if (text.length <= LONG + 80) return <p className="br-note__text">{text}</p>;
  return (
    <>
      <p className="br-note__text">{open ? text : `${text.slice(0, LONG).trimEnd()} …`}</p>
      <button type="button" className="br-more" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? 'Vis mindre' : `Vis hele teksten (${text.length} tegn)`}
      </button>
    </>
  );
}

interface NoteItemProps {
  note: ExperienceNote;
  n: number;
  eventId: string;
  events: readonly JourneyEvent[];
  noteHint?: string;
  editing: boolean;
  onEdit: (on: boolean) => void;
  onAction: (a: TimelineAction) => void;
  focusAfter: () => void;
}

function NoteItem({ note, n, eventId, events, noteHint, editing, onEdit, onAction, focusAfter }: NoteItemProps) {
  const ref = useRef<HTMLLIElement>(null);
  const refocus = () => requestAnimationFrame(() => ref.current?.querySelector<HTMLElement>('[data-act="edit-note"]')?.focus());
  return (
    <li ref={ref} className={`br-note br-note--${note.kind}`} data-note-id={note.id}>
      <p className="br-note__kind"><ExperienceIcon kind={note.kind} /> {KIND_LABEL[note.kind]}</p>
      {editing ? (
        <NoteForm
          mode="edit" events={events} hint={noteHint} initial={{ kind: note.kind, text: note.text, eventId }}
          onSubmit={(values) => { onAction({ type: 'editNote', eventId, noteId: note.id, values }); onEdit(false); if (values.eventId === eventId) refocus(); else focusAfter(); }}
          onCancel={() => { onEdit(false); refocus(); }}
        />
      ) : (
        <>
          <LongText text={note.text} />
          <div className="br-note__actions" data-no-print>
            <button type="button" className="br-btn" data-act="edit-note" onClick={() => onEdit(true)}>Redigér<span className="visually-hidden"> oplevelse ved begivenhed {n}</span></button>
            <button type="button" className="br-btn" data-act="delete-note" onClick={() => { onAction({ type: 'deleteNote', eventId, noteId: note.id }); focusAfter(); }}>Slet<span className="visually-hidden"> oplevelse ved begivenhed {n}</span></button>
          </div>
        </>
      )}
    </li>
  );
}
