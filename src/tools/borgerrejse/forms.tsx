/**
 * The island's forms: event, experience note and journey name. Each checks its text for CPR-like numbers
 * before saving and then asks the user to correct the text or save anyway.
 */
import { useId, useRef, useState, type FormEvent, type KeyboardEvent, type RefObject } from 'react';
import { firstCprLike, type CprHit } from '../../lib/cpr';
import { LIMITS, type JourneyEvent } from '../../lib/borgerrejse/model';
import type { EventEdit as EventValues } from '../../lib/borgerrejse/operations';
import type { NoteEdit as NoteValues } from '../../lib/borgerrejse/actions';
import { ExperienceIcon } from './icons';
import { KIND_LONG, shorten } from './labels';

/** Holds a CPR warning for a form; `allows` is true when the texts may be saved. */
function useCprGuard() {
  const [hit, setHit] = useState<CprHit | null>(null);
  const allows = (force: boolean, ...texts: string[]) => {
    const found = force ? null : firstCprLike(...texts);
    setHit(found);
    return !found;
  };
  return { hit, allows, clear: () => setHit(null) };
}

export function CprWarning({ hit, fieldRef, onSaveAnyway }: { hit: CprHit; fieldRef: RefObject<HTMLElement | null>; onSaveAnyway: () => void }) {
  return (
    <div className="island-alert island-alert--error br-cpr" role="alert">
      <p>
        <strong>Teksten ligner et CPR-nummer</strong> («{hit.masked}»). Skriv ikke CPR-numre i værktøjet.
        Ret teksten, eller gem alligevel, hvis det ikke er et CPR-nummer.
      </p>
      <p className="island-row">
        <button type="button" className="button" onClick={() => fieldRef.current?.focus()}>Ret teksten</button>
        <button type="button" className="button" onClick={onSaveAnyway}>Gem alligevel</button>
      </p>
    </div>
  );
}

/** Ctrl/Cmd+Enter saves, Escape cancels: quick entry beside the citizen. */
function shortcuts(submit: () => void, cancel?: () => void) {
  return (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); submit(); }
    else if (e.key === 'Escape' && cancel) { e.preventDefault(); cancel(); }
  };
}

export type { EventValues };

interface EventFormProps {
  mode: 'add' | 'edit';
  initial?: EventValues;
  /** Number of events in the journey (for the position field when editing). */
  total: number;
  /** The interviewer's question shown as hint, from content. */
  hint?: string;
  onSubmit: (values: EventValues) => void;
  onCancel?: () => void;
  textRef?: RefObject<HTMLTextAreaElement | null>;
  disabled?: boolean;
}

export function EventForm({ mode, initial, total, hint, onSubmit, onCancel, textRef, disabled }: EventFormProps) {
  const id = useId();
  const ownRef = useRef<HTMLTextAreaElement>(null);
  const ref = textRef ?? ownRef;
  const [text, setText] = useState(initial?.text ?? '');
  const [when, setWhen] = useState(initial?.when ?? '');
  const [official, setOfficial] = useState(initial?.official ?? true);
  const [position, setPosition] = useState(String(initial?.position ?? total + 1));
  const [error, setError] = useState<string | null>(null);
  const guard = useCprGuard();

  const submit = (force = false) => {
    if (!text.trim()) { setError('Skriv, hvad der skete.'); ref.current?.focus(); return; }
    if (!guard.allows(force, text, when)) return;
    const pos = Math.max(1, Math.min(Number.parseInt(position, 10) || total, total));
    onSubmit({ text, when, official, position: pos });
    if (mode === 'add') {
      setText(''); setWhen(''); setOfficial(true); setError(null);
      ref.current?.focus();
    }
  };
  const onForm = (e: FormEvent) => { e.preventDefault(); submit(); };
  const change = <T,>(set: (v: T) => void) => (v: T) => { set(v); guard.clear(); setError(null); };

  return (
    <form className={`br-form br-form--event${mode === 'edit' ? ' br-form--edit' : ''}`} onSubmit={onForm} onKeyDown={shortcuts(() => submit(), onCancel)} noValidate>
      <div className="field">
        <label htmlFor={`${id}-text`}>{mode === 'add' ? 'Hvad skete der?' : 'Begivenhed'}{hint && <span className="hint"> · Spørg: «{hint}»</span>}</label>
        <textarea
          id={`${id}-text`} ref={ref} value={text} maxLength={LIMITS.text} rows={mode === 'add' ? 2 : 3}
          aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-err` : undefined}
          onChange={(e) => change(setText)(e.target.value)} disabled={disabled}
        />
        {error && <p className="error-text" id={`${id}-err`}>{error}</p>}
      </div>
      <div className="br-form__row">
        <div className="field">
          <label htmlFor={`${id}-when`}>Dato eller periode <span className="hint">(valgfri, fx «marts 2024»)</span></label>
          <input id={`${id}-when`} type="text" value={when} maxLength={LIMITS.when} onChange={(e) => change(setWhen)(e.target.value)} disabled={disabled} />
        </div>
        {mode === 'edit' && total > 1 && (
          <div className="field br-form__pos">
            <label htmlFor={`${id}-pos`}>Plads i tidslinjen <span className="hint">(1–{total})</span></label>
            <input id={`${id}-pos`} type="number" min={1} max={total} value={position} onChange={(e) => setPosition(e.target.value)} />
          </div>
        )}
      </div>
      <div className="field br-check">
        <input id={`${id}-off`} type="checkbox" checked={!official} onChange={(e) => change(setOfficial)(!e.target.checked)} disabled={disabled} />
        <label htmlFor={`${id}-off`}>Uden for den officielle tidslinje <span className="hint">(noget, der betød noget for borgeren)</span></label>
      </div>
      {guard.hit && <CprWarning hit={guard.hit} fieldRef={ref} onSaveAnyway={() => submit(true)} />}
      <div className="island-row">
        <button type="submit" className="button button--primary" disabled={disabled}>{mode === 'add' ? 'Tilføj begivenhed' : 'Gem begivenhed'}</button>
        {onCancel && <button type="button" className="button" onClick={onCancel}>Annullér</button>}
        <span className="hint br-shortcut">Ctrl+Enter gemmer{onCancel ? ', Esc annullerer' : ''}.</span>
      </div>
    </form>
  );
}

export type { NoteValues };

interface NoteFormProps {
  mode: 'add' | 'edit';
  initial: NoteValues;
  /** For moving a note to another event when editing. */
  events?: readonly JourneyEvent[];
  hint?: string;
  onSubmit: (values: NoteValues) => void;
  onCancel: () => void;
}

export function NoteForm({ mode, initial, events, hint, onSubmit, onCancel }: NoteFormProps) {
  const id = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const [kind, setKind] = useState(initial.kind);
  const [text, setText] = useState(initial.text);
  const [eventId, setEventId] = useState(initial.eventId);
  const [error, setError] = useState<string | null>(null);
  const guard = useCprGuard();

  const submit = (force = false) => {
    if (!text.trim()) { setError('Skriv, hvordan borgeren oplevede det.'); ref.current?.focus(); return; }
    if (!guard.allows(force, text)) return;
    onSubmit({ kind, text, eventId });
  };

  return (
    <form className={`br-form br-form--note br-form--${kind}`} onSubmit={(e) => { e.preventDefault(); submit(); }} onKeyDown={shortcuts(() => submit(), onCancel)} noValidate>
      {mode === 'edit' ? (
        <fieldset className="br-kinds">
          <legend>Oplevelse</legend>
          {(['groen', 'roed'] as const).map((k) => (
            <span key={k} className="br-radio">
              <input type="radio" id={`${id}-${k}`} name={`${id}-kind`} checked={kind === k} onChange={() => { setKind(k); guard.clear(); }} />
              <label htmlFor={`${id}-${k}`}><ExperienceIcon kind={k} /> {KIND_LONG[k]}</label>
            </span>
          ))}
        </fieldset>
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-text`}>
          {mode === 'add' && <><ExperienceIcon kind={kind} /> {KIND_LONG[kind]}: </>}Hvordan oplevede borgeren det?
          {hint && <span className="hint"> · Spørg: «{hint}»</span>}
        </label>
        <textarea
          id={`${id}-text`} ref={ref} value={text} maxLength={LIMITS.text} rows={2} autoFocus
          aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-err` : undefined}
          onChange={(e) => { setText(e.target.value); guard.clear(); setError(null); }}
        />
        {error && <p className="error-text" id={`${id}-err`}>{error}</p>}
      </div>
      {mode === 'edit' && events && events.length > 1 && (
        <div className="field">
          <label htmlFor={`${id}-event`}>Hører til begivenhed</label>
          <select id={`${id}-event`} value={eventId} onChange={(e) => setEventId(e.target.value)}>
            {events.map((ev, i) => <option key={ev.id} value={ev.id}>{i + 1}. {shorten(ev.text, 50)}</option>)}
          </select>
        </div>
      )}
      {guard.hit && <CprWarning hit={guard.hit} fieldRef={ref} onSaveAnyway={() => submit(true)} />}
      <div className="island-row">
        <button type="submit" className="button button--primary">{mode === 'add' ? 'Tilføj oplevelse' : 'Gem oplevelse'}</button>
        <button type="button" className="button" onClick={onCancel}>Annullér</button>
      </div>
    </form>
  );
}

interface NameFormProps {
  initial?: string;
  submitLabel: string;
  onSubmit: (name: string) => void;
  onCancel?: () => void;
}

export function NameForm({ initial = '', submitLabel, onSubmit, onCancel }: NameFormProps) {
  const id = useId();
  const ref = useRef<HTMLInputElement>(null);
  const [name, setName] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const guard = useCprGuard();
  const submit = (force = false) => {
    if (!name.trim()) { setError('Giv rejsen et dæknavn.'); ref.current?.focus(); return; }
    if (!guard.allows(force, name)) return;
    onSubmit(name);
  };
  return (
    <form className="br-form br-form--name" onSubmit={(e) => { e.preventDefault(); submit(); }} onKeyDown={shortcuts(() => submit(), onCancel)} noValidate>
      <div className="field">
        <label htmlFor={`${id}-name`}>Dæknavn for rejsen</label>
        <span className="hint" id={`${id}-hint`}>Fx «Rejse 1» eller «Borger A». Ikke borgerens rigtige navn.</span>
        <input
          id={`${id}-name`} ref={ref} type="text" value={name} maxLength={LIMITS.name} autoFocus={Boolean(onCancel)}
          aria-invalid={error ? true : undefined} aria-describedby={`${id}-hint${error ? ` ${id}-err` : ''}`}
          onChange={(e) => { setName(e.target.value); guard.clear(); setError(null); }}
        />
        {error && <p className="error-text" id={`${id}-err`}>{error}</p>}
      </div>
      {guard.hit && <CprWarning hit={guard.hit} fieldRef={ref} onSaveAnyway={() => submit(true)} />}
      <div className="island-row">
        <button type="submit" className="button button--primary">{submitLabel}</button>
        {onCancel && <button type="button" className="button" onClick={onCancel}>Annullér</button>}
      </div>
    </form>
  );
}
