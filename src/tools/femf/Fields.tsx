/** The capture fields shared by the phases: a text field and a list of short texts with add, edit and undo. */
import type { KeyboardEvent } from 'react';
import { LIMITS, emptyItem, type Item } from '../../lib/femf/document';
import { addRow, removeRow, restoreRow, updateRow } from '../../lib/femf/list';
import { canAddRow } from '../../lib/femf/edit';
import type { Announce } from './types';

export type Focus = (id: string) => void;

/** A list of short texts («guld», læring, delmål): add with the button or Enter, edit, delete with undo. */
export function ItemList({ idBase, label, addLabel, items, onItems, announce, focusLater }: {
  idBase: string; label: string; addLabel: string; items: Item[]; onItems: (fn: (items: Item[]) => Item[]) => void; announce: Announce; focusLater: Focus;
}) {
  const full = !canAddRow(items);
  const add = (at?: number) => {
    if (full) return;
    const item = emptyItem();
    onItems((xs) => addRow(xs, item, at));
    focusLater(`${idBase}-${item.id}`);
  };
  const remove = (item: Item, i: number) => {
    onItems((xs) => removeRow(xs, item.id).rows);
    const next = items[i + 1] ?? items[i - 1];
    focusLater(next ? `${idBase}-${next.id}` : `${idBase}-tilfoej`);
    announce(`«${item.text || 'Tomt punkt'}» er slettet fra ${label.toLowerCase()}.`, () => onItems((xs) => restoreRow(xs, { row: item, index: i })));
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>, i: number) => {
    if (e.key === 'Enter') { e.preventDefault(); add(i + 1); }
  };
  return (
    <div className="femf-items">
      {items.length > 0 && (
        <ul className="femf-items__list">
          {items.map((item, i) => (
            <li key={item.id} className="femf-items__row">
              <label htmlFor={`${idBase}-${item.id}`} className="visually-hidden">{label}, punkt {i + 1}</label>
              <input id={`${idBase}-${item.id}`} type="text" maxLength={LIMITS.text} value={item.text} onChange={(e) => { const text = e.target.value; onItems((xs) => updateRow(xs, item.id, { text })); }} onKeyDown={(e) => onKey(e, i)} />
              <button type="button" className="button button--danger femf-small" onClick={() => remove(item, i)}>Slet<span className="visually-hidden"> punkt {i + 1} fra {label.toLowerCase()}</span></button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" id={`${idBase}-tilfoej`} className="button femf-small" disabled={full} onClick={() => add()}>{addLabel}</button>
      {full && <p className="hint">Listen har {LIMITS.rows} punkter, og flere kan der ikke være.</p>}
    </div>
  );
}

export function TextField({ id, label, hint, value, onValue, rows = 4, multiline = true }: { id: string; label: string; hint?: string; value: string; onValue: (v: string) => void; rows?: number; multiline?: boolean }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && <span className="hint" id={`${id}-hint`}>{hint}</span>}
      {multiline
        ? <textarea id={id} rows={rows} maxLength={LIMITS.text} value={value} aria-describedby={hint ? `${id}-hint` : undefined} onChange={(e) => onValue(e.target.value)} />
        : <input id={id} type="text" maxLength={LIMITS.text} value={value} aria-describedby={hint ? `${id}-hint` : undefined} onChange={(e) => onValue(e.target.value)} />}
    </div>
  );
}
