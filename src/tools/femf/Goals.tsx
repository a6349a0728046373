/** Fastslå: goals with a SMART check and sub-goals, added, edited and deleted (with undo) by keyboard. */
import { LIMITS, SMART_KEYS, SMART_LABELS, emptyGoal, smartCount, smartGaps, type Goal, type Session } from '../../lib/femf/document';
import { addListRow, canAddRow, removeListRow, restoreListRow, setGoalSmart, setGoalText, updateSubGoals } from '../../lib/femf/edit';
import { ItemList, TextField, type Focus } from './Fields';
import type { Announce } from './types';

interface Props { idBase: string; groupId: string; goals: Goal[]; onChange: (fn: (s: Session) => Session) => void; announce: Announce; focusLater: Focus }

export function Goals({ idBase, groupId, goals, onChange, announce, focusLater }: Props) {
  const add = () => {
    const goal = emptyGoal();
    onChange((s) => addListRow(s, groupId, 'goals', goal));
    focusLater(`${idBase}-${goal.id}-tekst`);
  };
  return (
    <div>
      {goals.length > 0 && (
        <ol className="femf-goals">
          {goals.map((g, i) => {
            const n = smartCount(g.smart);
            const gaps = smartGaps(g.smart);
            return (
              <li key={g.id} className="femf-goal">
                <TextField id={`${idBase}-${g.id}-tekst`} label={`Mål ${i + 1}`} value={g.text} rows={2} onValue={(text) => onChange((s) => setGoalText(s, groupId, g.id, text))} />
                <fieldset className="femf-smart">
                  <legend>SMART-tjek af mål {i + 1}</legend>
                  <div className="femf-smart__boxes">
                    {SMART_KEYS.map((k) => (
                      <div key={k} className="femf-check">
                        <input type="checkbox" id={`${idBase}-${g.id}-${k}`} checked={g.smart[k]} aria-describedby={`${idBase}-${g.id}-${k}-hint`} onChange={(e) => { const v = e.target.checked; onChange((s) => setGoalSmart(s, groupId, g.id, k, v)); }} />
                        <label htmlFor={`${idBase}-${g.id}-${k}`}>{SMART_LABELS[k].label}</label>
                        <span className="hint" id={`${idBase}-${g.id}-${k}-hint`}>{SMART_LABELS[k].hint}</span>
                      </div>
                    ))}
                  </div>
                  <p className={`femf-smart__result ${gaps ? '' : 'femf-smart__result--ok'}`}>
                    <span aria-hidden="true">{gaps ? '○ ' : '✓ '}</span>SMART: {n} af 5. {gaps ?? 'Målet er SMART.'}
                  </p>
                </fieldset>
                <h5 className="femf-subhead">Delmål på vejen</h5>
                <ItemList idBase={`${idBase}-${g.id}-delmaal`} label={`Delmål til mål ${i + 1}`} addLabel="Tilføj delmål" items={g.subGoals} onItems={(fn) => onChange((s) => updateSubGoals(s, groupId, g.id, fn))} announce={announce} focusLater={focusLater} />
                <p>
                  <button type="button" className="button button--danger femf-small" onClick={() => {
                    onChange((s) => removeListRow(s, groupId, 'goals', g.id));
                    const next = goals[i + 1] ?? goals[i - 1];
                    focusLater(next ? `${idBase}-${next.id}-tekst` : `${idBase}-nyt-maal`);
                    announce(`Mål ${i + 1} er slettet.`, () => onChange((s) => restoreListRow(s, groupId, 'goals', g, i)));
                  }}>Slet mål {i + 1}</button>
                </p>
              </li>
            );
          })}
        </ol>
      )}
      <button type="button" id={`${idBase}-nyt-maal`} className="button" disabled={!canAddRow(goals)} onClick={add}>Tilføj mål</button>
      {!canAddRow(goals) && <p className="hint">Der er {LIMITS.rows} mål, og flere kan der ikke være.</p>}
    </div>
  );
}
