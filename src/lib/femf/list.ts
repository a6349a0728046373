/**
 * Operations on ordered lists of rows with ids (action-plan rows, «guld», sub-goals). Pure: each returns a new list.
 */

export interface WithId { id: string }

export function addRow<T extends WithId>(rows: readonly T[], row: T, at = rows.length): T[] {
  const i = Math.max(0, Math.min(rows.length, at));
  return [...rows.slice(0, i), row, ...rows.slice(i)];
}

export function updateRow<T extends WithId>(rows: readonly T[], id: string, patch: Partial<Omit<T, 'id'>>): T[] {
  return rows.map((r) => (r.id === id ? { ...r, ...patch } : r));
}

export interface Removed<T> { rows: T[]; row: T | null; index: number }

/** Removes a row; returns it and where it was, so it can be put back (undo). */
export function removeRow<T extends WithId>(rows: readonly T[], id: string): Removed<T> {
  const index = rows.findIndex((r) => r.id === id);
  if (index < 0) return { rows: rows.slice(), row: null, index: -1 };
  return { rows: [...rows.slice(0, index), ...rows.slice(index + 1)], row: rows[index]!, index };
}

/** Puts a removed row back where it was (or at the end if the list has since shrunk). */
export function restoreRow<T extends WithId>(rows: readonly T[], removed: Pick<Removed<T>, 'row' | 'index'>): T[] {
  if (!removed.row || rows.some((r) => r.id === removed.row!.id)) return rows.slice();
  return addRow(rows, removed.row, removed.index);
}

/** Moves a row up (delta −1) or down (+1); does nothing at the ends. */
export function moveRow<T extends WithId>(rows: readonly T[], id: string, delta: number): T[] {
  const from = rows.findIndex((r) => r.id === id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= rows.length || delta === 0) return rows.slice();
  const out = rows.slice();
  const [row] = out.splice(from, 1);
  out.splice(to, 0, row!);
  return out;
}

export function canMove(rows: readonly WithId[], id: string, delta: number): boolean {
  const from = rows.findIndex((r) => r.id === id);
  return from >= 0 && from + delta >= 0 && from + delta < rows.length;
}
