/** Capture: per group and per phase, what the room says. Everything works by keyboard. */
import { useId, type KeyboardEvent } from 'react';
import {
  ACTION_FIELDS, ACTION_LABELS, SMART_KEYS, SMART_LABELS, emptyAction, emptyGoal, emptyItem, smartCount, smartGaps, updateGroup,
  type ActionRow, type Goal, type Group, type Item, type Session,
} from '../../lib/femf/document';
import { addRow, canMove, moveRow, removeRow, restoreRow, updateRow } from '../../lib/femf/list';
import { PHASES } from '../../lib/femf/timer';
import { useFocusAfterRender } from './hooks';
import { Tabs, panelId, tabId } from './Tabs';
import type { Announce, PhaseContent } from './types';

interface Props {
  session: Session;
  phases: PhaseContent[];
  phaseIndex: number;
  onPhase: (i: number) => void;
  groupId: string;
  onGroup: (id: string) => void;
  onChange: (fn: (s: Session) => Session) => void;
  announce: Announce;
}

type Focus = (id: string) => void;

/** A list of short texts («guld», læring, delmål): add with the button or Enter, edit, delete with undo. */
function ItemList({ idBase, label, addLabel, items, onItems, announce, focusLater }: {
  idBase: string; label: string; addLabel: string; items: Item[]; onItems: (fn: (items: Item[]) => Item[]) => void; announce: Announce; focusLater: Focus;
}) {
  const add = (at?: number) => {
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
              <input id={`${idBase}-${item.id}`} type="text" value={item.text} onChange={(e) => { const text = e.target.value; onItems((xs) => updateRow(xs, item.id, { text })); }} onKeyDown={(e) => onKey(e, i)} />
              <button type="button" className="button button--danger femf-small" onClick={() => remove(item, i)}>Slet<span className="visually-hidden"> punkt {i + 1} fra {label.toLowerCase()}</span></button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" id={`${idBase}-tilfoej`} className="button femf-small" onClick={() => add()}>{addLabel}</button>
    </div>
  );
}

function TextField({ id, label, hint, value, onValue, rows = 4, multiline = true }: { id: string; label: string; hint?: string; value: string; onValue: (v: string) => void; rows?: number; multiline?: boolean }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && <span className="hint" id={`${id}-hint`}>{hint}</span>}
      {multiline
        ? <textarea id={id} rows={rows} value={value} aria-describedby={hint ? `${id}-hint` : undefined} onChange={(e) => onValue(e.target.value)} />
        : <input id={id} type="text" value={value} aria-describedby={hint ? `${id}-hint` : undefined} onChange={(e) => onValue(e.target.value)} />}
    </div>
  );
}

function Goals({ idBase, goals, onGoals, announce, focusLater }: { idBase: string; goals: Goal[]; onGoals: (fn: (g: Goal[]) => Goal[]) => void; announce: Announce; focusLater: Focus }) {
  const add = () => {
    const goal = emptyGoal();
    onGoals((gs) => addRow(gs, goal));
    focusLater(`${idBase}-${goal.id}-tekst`);
  };
  return (
    <div>
      {goals.length > 0 && (
        <ol className="femf-goals">
          {goals.map((g, i) => {
            const n = smartCount(g.smart);
            const gaps = smartGaps(g.smart);
            const set = (patch: Partial<Goal>) => onGoals((gs) => updateRow(gs, g.id, patch));
            return (
              <li key={g.id} className="femf-goal">
                <TextField id={`${idBase}-${g.id}-tekst`} label={`Mål ${i + 1}`} value={g.text} rows={2} onValue={(text) => set({ text })} />
                <fieldset className="femf-smart">
                  <legend>SMART-tjek af mål {i + 1}</legend>
                  <div className="femf-smart__boxes">
                    {SMART_KEYS.map((k) => (
                      <div key={k} className="femf-check">
                        <input type="checkbox" id={`${idBase}-${g.id}-${k}`} checked={g.smart[k]} aria-describedby={`${idBase}-${g.id}-${k}-hint`} onChange={(e) => { const v = e.target.checked; onGoals((gs) => gs.map((x) => (x.id === g.id ? { ...x, smart: { ...x.smart, [k]: v } } : x))); }} />
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
                <ItemList idBase={`${idBase}-${g.id}-delmaal`} label={`Delmål til mål ${i + 1}`} addLabel="Tilføj delmål" items={g.subGoals} onItems={(fn) => onGoals((gs) => gs.map((x) => (x.id === g.id ? { ...x, subGoals: fn(x.subGoals) } : x)))} announce={announce} focusLater={focusLater} />
                <p>
                  <button type="button" className="button button--danger femf-small" onClick={() => {
                    onGoals((gs) => removeRow(gs, g.id).rows);
                    const next = goals[i + 1] ?? goals[i - 1];
                    focusLater(next ? `${idBase}-${next.id}-tekst` : `${idBase}-nyt-maal`);
                    announce(`Mål ${i + 1} er slettet.`, () => onGoals((gs) => restoreRow(gs, { row: g, index: i })));
                  }}>Slet mål {i + 1}</button>
                </p>
              </li>
            );
          })}
        </ol>
      )}
      <button type="button" id={`${idBase}-nyt-maal`} className="button" onClick={add}>Tilføj mål</button>
    </div>
  );
}

/** The action plan: a table whose rows can be added, edited, removed and moved, keeping focus on the moved row. */
function ActionPlan({ idBase, rows, onRows, announce, focusLater }: { idBase: string; rows: ActionRow[]; onRows: (fn: (r: ActionRow[]) => ActionRow[]) => void; announce: Announce; focusLater: Focus }) {
  const cell = (row: ActionRow, f: string) => `${idBase}-${row.id}-${f}`;
  const move = (row: ActionRow, i: number, delta: number) => {
    const moved = moveRow(rows, row.id, delta);
    const to = i + delta;
    onRows((rs) => moveRow(rs, row.id, delta));
    // Keep focus on the same button; at an end it is disabled, so take the other direction.
    const keep = canMove(moved, row.id, delta) ? (delta < 0 ? 'op' : 'ned') : (delta < 0 ? 'ned' : 'op');
    focusLater(cell(row, keep));
    announce(`Rækken «${row.what || 'uden titel'}» er flyttet til plads ${to + 1} af ${rows.length}.`);
  };
  const remove = (row: ActionRow, i: number) => {
    onRows((rs) => removeRow(rs, row.id).rows);
    const next = rows[i + 1] ?? rows[i - 1];
    focusLater(next ? cell(next, 'slet') : `${idBase}-ny-raekke`);
    announce(`Rækken «${row.what || 'uden titel'}» er slettet.`, () => onRows((rs) => restoreRow(rs, { row, index: i })));
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
                      <textarea id={cell(row, f)} rows={2} aria-label={`${ACTION_LABELS[f]}, række ${i + 1}`} value={row[f]} onChange={(e) => { const v = e.target.value; onRows((rs) => updateRow(rs, row.id, { [f]: v } as Partial<ActionRow>)); }} />
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
      <button type="button" id={`${idBase}-ny-raekke`} className="button" onClick={() => {
        const row = emptyAction();
        onRows((rs) => addRow(rs, row));
        focusLater(cell(row, 'what'));
        announce(`Række ${rows.length + 1} er tilføjet til handleplanen.`);
      }}>Tilføj række</button>
    </div>
  );
}

export function Capture({ session, phases, phaseIndex, onPhase, groupId, onGroup, onChange, announce }: Props) {
  const uid = useId();
  const focusLater = useFocusAfterRender();
  const group = session.groups.find((g) => g.id === groupId) ?? session.groups[0]!;
  const phase = phases[phaseIndex] ?? phases[0]!;
  const gid = `${uid}-${group.id}`;
  const set = (fn: (g: Group) => Group) => onChange((s) => updateGroup(s, group.id, fn));
  const field = <K extends keyof Group>(k: K) => (v: Group[K]) => set((g) => ({ ...g, [k]: v }));
  const list = <K extends 'gold' | 'learning' | 'goals' | 'actions'>(k: K) => (fn: (xs: Group[K]) => Group[K]) => set((g) => ({ ...g, [k]: fn(g[k]) }));

  return (
    <div className="femf-capture">
      <h3>Notér i faserne</h3>
      {session.groups.length > 1 && (
        <div className="field femf-group-pick">
          <label htmlFor={`${uid}-gruppe`}>Gruppe</label>
          <select id={`${uid}-gruppe`} value={group.id} onChange={(e) => onGroup(e.target.value)}>
            {session.groups.map((g) => <option key={g.id} value={g.id}>{g.name || 'Gruppe uden navn'}</option>)}
          </select>
        </div>
      )}
      <Tabs label="Faser" idBase={`${uid}-faser`} tabs={phases.slice(0, PHASES).map((p, i) => ({ id: String(i), label: `${i + 1}. ${p.navn}` }))} value={String(phaseIndex)} onChange={(id) => onPhase(Number(id))} />
      <div role="tabpanel" id={panelId(`${uid}-faser`)} aria-labelledby={tabId(`${uid}-faser`, String(phaseIndex))} className="femf-capture__panel">
        <h4>{phase.navn}{session.groups.length > 1 ? `: ${group.name}` : ''}</h4>
        <details className="femf-about">
          <summary>Om fasen og spørgsmålene</summary>
          <p>{phase.beskrivelse}</p>
        </details>
        {phase.spoergsmaal.length > 0 && <ul className="femf-questions">{phase.spoergsmaal.map((q) => <li key={q}>{q}</li>)}</ul>}
        {phase.id === 'fokuser' && (
          <>
            <TextField id={`${gid}-tema`} label="Det valgte tema" multiline={false} hint={session.theme ? `Sessionens tema: ${session.theme}` : undefined} value={group.theme} onValue={field('theme')} />
            <TextField id={`${gid}-hvorfor`} label="Hvorfor er det vigtigt for jer?" value={group.why} onValue={field('why')} />
          </>
        )}
        {phase.id === 'forstaa' && (
          <div className="femf-two">
            <section aria-labelledby={`${gid}-guld-h`}>
              <h5 id={`${gid}-guld-h`}><span aria-hidden="true">★ </span>Guld: det, der virker</h5>
              <ItemList idBase={`${gid}-guld`} label="Guld" addLabel="Tilføj guld" items={group.gold} onItems={list('gold')} announce={announce} focusLater={focusLater} />
            </section>
            <section aria-labelledby={`${gid}-laering-h`}>
              <h5 id={`${gid}-laering-h`}><span aria-hidden="true">↻ </span>Læring af fejl</h5>
              <p className="hint">En særlig kategori, hvis I også vil lære af det, der gik skævt.</p>
              <ItemList idBase={`${gid}-laering`} label="Læring af fejl" addLabel="Tilføj læring" items={group.learning} onItems={list('learning')} announce={announce} focusLater={focusLater} />
            </section>
          </div>
        )}
        {phase.id === 'forestil' && (
          <TextField id={`${gid}-vision`} label="Visionen, som om I er der" hint="Skriv i nutid, fx «Vi mødes hver uge, og …»: hvordan ser det ud, hvad gør I, og hvordan kom I dertil?" rows={8} value={group.vision} onValue={field('vision')} />
        )}
        {phase.id === 'fastslaa' && <Goals idBase={`${gid}-maal`} goals={group.goals} onGoals={list('goals')} announce={announce} focusLater={focusLater} />}
        {phase.id === 'frigoer' && <ActionPlan idBase={`${gid}-handling`} rows={group.actions} onRows={list('actions')} announce={announce} focusLater={focusLater} />}
        <div className="island-row femf-capture__nav">
          {phaseIndex > 0 && <button type="button" className="button" onClick={() => { onPhase(phaseIndex - 1); focusLater(tabId(`${uid}-faser`, String(phaseIndex - 1))); }}><span aria-hidden="true">← </span>{phases[phaseIndex - 1]!.navn}</button>}
          {phaseIndex < phases.length - 1 && <button type="button" className="button" onClick={() => { onPhase(phaseIndex + 1); focusLater(tabId(`${uid}-faser`, String(phaseIndex + 1))); }}>{phases[phaseIndex + 1]!.navn}<span aria-hidden="true"> →</span></button>}
        </div>
      </div>
    </div>
  );
}
