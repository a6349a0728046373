/** Frigør: the action plan, a table whose rows can be added, edited, removed and moved, keeping focus on the moved row. */
import { ACTION_FIELDS, ACTION_LABELS, LIMITS, emptyAction, type ActionRow, type Session } from '../../lib/femf/document';
import { addListRow, canAddRow, moveListRow, removeListRow, restoreListRow, setActionField } from '../../lib/femf/edit';
import { canMove, moveRow } from '../../lib/femf/list';
import type { Focus } from './Fields';
import type { Announce } from './types';

interface Props { idBase: string; groupId: string; rows: ActionRow[]; onChange: (fn: (s: Session) => Session) => void; announce: Announce; focusLater: Focus }

export function ActionPlan({ idBase, groupId, rows, onChange, announce, focusLater }: Props) {
  const cell = (row: ActionRow, f: string) => `${idBase}-${row.id}-${f}`;
  const move = (row: ActionRow, i: number, delta: number) => {
    const moved = moveRow(rows, row.id, delta);
    const to = i + delta;
    onChange((s) => moveListRow(s, groupId, 'actions', row.id, delta));
    // Keep focus on the same button; at an end it is disabled, so take the other direction.
    const keep = canMove(moved, row.id, delta) ? (delta < 0 ? 'op' : 'ned') : (delta < 0 ? 'ned' : 'op');
    focusLater(cell(row, keep));
    announce(`Rækken «${row.what || 'uden titel'}» er flyttet til plads ${to + 1} af ${rows.length}.`);
  };
  const remove = (row: ActionRow, i: number) => {
    onChange((s) => removeListRow(s, groupId, 'actions', row.id));
    const next = rows[i + 1] ?? rows[i - 1];
    focusLater(next ? cell(next, 'slet') : `${idBase}-ny-raekke`);
    announce(`Rækken «${row.what || 'uden titel'}» er slettet.`, () => onChange((s) => restoreListRow(s, groupId, 'actions', row, i)));
  };
  return (
    <div>
      {rows.length > 0 ? (
        <div className="femf-table-wrap">
          <table className="femf-actions">
            <caption>Handleplan</caption>
            <thead>
              <tr>
                <th scope="col">Nr.</th>
                {ACTION_FIELDS.map((f) => <th key={f} scope="col">{ACTION_LABELS[f]}</th>)}
                <th scope="col"><span className="visually-hidden">Flyt og slet</span></th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => (
                <tr key={row.id}>
                  <th scope="row">{i + 1}</th>
                  {ACTION_FIELDS.map((f) => (
                    <td key={f} data-label={ACTION_LABELS[f]}>
                      <textarea id={cell(row, f)} rows={2} aria-label={`${ACTION_LABELS[f]}, række ${i + 1}`} value={row[f]} maxLength={LIMITS.text} onChange={(e) => { const v = e.target.value; onChange((s) => setActionField(s, groupId, row.id, f, v)); }} />
                    </td>
                  ))}
                  <td className="femf-actions__buttons">
                    <button type="button" id={cell(row, 'op')} className="button femf-small" disabled={i === 0} aria-label={`Flyt op, række ${i + 1}`} onClick={() => move(row, i, -1)}>Flyt op</button>
                    <button type="button" id={cell(row, 'ned')} className="button femf-small" disabled={i === rows.length - 1} aria-label={`Flyt ned, række ${i + 1}`} onClick={() => move(row, i, 1)}>Flyt ned</button>
                    <button type="button" id={cell(row, 'slet')} className="button button--danger femf-small" onClick={() => remove(row, i)}>Slet<span className="visually-hidden"> række {i + 1}</span></button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : <p className="meta">Handleplanen er tom.</p>}
      <button type="button" id={`${idBase}-ny-raekke`} className="button" disabled={!canAddRow(rows)} onClick={() => {
        const row = emptyAction();
        onChange((s) => addListRow(s, groupId, 'actions', row));
        focusLater(cell(row, 'what'));
        announce(`Række ${rows.length + 1} er tilføjet til handleplanen.`);
      }}>Tilføj række</button>
    </div>
  );
}
