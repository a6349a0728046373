import { describe, expect, it } from 'vitest';
import { addRow, canMove, moveRow, removeRow, restoreRow, updateRow } from '../../../src/lib/femf/list';

const rows = [
  { id: 'a', what: 'Fælles møde' },
  { id: 'b', what: 'Kontakt jobcentret' },
  { id: 'c', what: 'Opfølgning i MED' },
];
const ids = (r: { id: string }[]) => r.map((x) => x.id).join('');

describe('action-plan rows', () => {
  it('adds at the end or at a position', () => {
    expect(ids(addRow(rows, { id: 'd', what: '' }))).toBe('abcd');
    expect(ids(addRow(rows, { id: 'd', what: '' }, 1))).toBe('adbc');
  });

  it('edits one row and leaves the others and the original list alone', () => {
    const edited = updateRow(rows, 'b', { what: 'Ring til jobcentret' });
    expect(edited[1]).toEqual({ id: 'b', what: 'Ring til jobcentret' });
    expect(edited[0]).toBe(rows[0]);
    expect(rows[1]!.what).toBe('Kontakt jobcentret');
  });

  it('removes a row and puts it back in its place (undo)', () => {
    const removed = removeRow(rows, 'b');
    expect(ids(removed.rows)).toBe('ac');
    expect(removed.index).toBe(1);
    expect(ids(restoreRow(removed.rows, removed))).toBe('abc');
    expect(ids(restoreRow(rows, removed))).toBe('abc'); // already back: not duplicated
    expect(removeRow(rows, 'x').row).toBeNull();
  });

  it('moves rows up and down, not past the ends', () => {
    expect(ids(moveRow(rows, 'b', -1))).toBe('bac');
    expect(ids(moveRow(rows, 'b', 1))).toBe('acb');
    expect(ids(moveRow(rows, 'a', -1))).toBe('abc');
    expect(ids(moveRow(rows, 'c', 1))).toBe('abc');
    expect(canMove(rows, 'a', -1)).toBe(false);
    expect(canMove(rows, 'a', 1)).toBe(true);
    expect(canMove(rows, 'c', 1)).toBe(false);
  });
});
