/**
 * Every edit the 5F UI makes to a session, as a named pure function: the UI composes these and never builds
 * the saved document itself. Texts are cut to the limits validation enforces, so what the UI keeps also imports.
 */
import { LIMITS, SMART_KEYS, emptyGroup, type ActionRow, type Goal, type Group, type Item, type Session, type SmartKey } from './document';
import { addRow, removeRow, restoreRow, updateRow, moveRow, type Removed } from './list';
import type { Plan } from './plan';
import type { TimerState } from './timer';

const cut = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text);

export const renameSession = (s: Session, name: string): Session => ({ ...s, name: cut(name, LIMITS.shortText) });
export const setSessionTheme = (s: Session, theme: string): Session => ({ ...s, theme: cut(theme, LIMITS.text) });
export const setPlenary = (s: Session, plenary: string): Session => ({ ...s, plenary: cut(plenary, LIMITS.plenary) });
export const setPlan = (s: Session, fn: (p: Plan) => Plan): Session => ({ ...s, plan: fn(s.plan) });
export const setCarryOn = (s: Session, carryOn: boolean): Session => ({ ...s, carryOn });

/** A timer step (start, pause, next …) at `now`; «next» and «back» honour the session's carry-on choice. */
export function stepTimer(s: Session, fn: (t: TimerState, now: number, carryOn: boolean) => TimerState, now: number): Session {
  return { ...s, timer: fn(s.timer, now, s.carryOn) };
}

// ——— Groups ———

export const canAddGroup = (s: Session) => s.groups.length < LIMITS.groups;

export function addGroup(s: Session, group: Group = emptyGroup(`Gruppe ${s.groups.length + 1}`)): Session {
  if (!canAddGroup(s) || s.groups.some((g) => g.id === group.id)) return s;
  return { ...s, groups: addRow(s.groups, group) };
}

/** Removes a group, never the last one. Returns what undo needs. */
export function removeGroup(s: Session, groupId: string): { session: Session; removed: Removed<Group> } {
  const removed = removeRow(s.groups, groupId);
  if (!removed.row || removed.rows.length === 0) return { session: s, removed: { rows: s.groups, row: null, index: -1 } };
  return { session: { ...s, groups: removed.rows }, removed };
}

export function restoreGroup(s: Session, removed: Pick<Removed<Group>, 'row' | 'index'>): Session {
  return canAddGroup(s) ? { ...s, groups: restoreRow(s.groups, removed) } : s;
}

export function updateGroup(s: Session, groupId: string, fn: (g: Group) => Group): Session {
  return { ...s, groups: s.groups.map((g) => (g.id === groupId ? fn(g) : g)) };
}

export const renameGroup = (s: Session, groupId: string, name: string) => updateGroup(s, groupId, (g) => ({ ...g, name: cut(name, LIMITS.shortText) }));

export type GroupText = 'theme' | 'why' | 'vision';
export const setGroupText = (s: Session, groupId: string, field: GroupText, value: string) =>
  updateGroup(s, groupId, (g) => ({ ...g, [field]: cut(value, LIMITS.text) }));

// ——— Lists inside a group: «guld», læring, goals, action rows ———

type Lists = { gold: Item; learning: Item; goals: Goal; actions: ActionRow };
export type ListKey = keyof Lists;

/** Any change to one of a group's lists; adding stops at the row limit. */
export function updateList<K extends ListKey>(s: Session, groupId: string, key: K, fn: (rows: Lists[K][]) => Lists[K][]): Session {
  return updateGroup(s, groupId, (g) => {
    const rows = fn(g[key] as Lists[K][]);
    return rows.length > LIMITS.rows && rows.length > g[key].length ? g : { ...g, [key]: rows };
  });
}

export const canAddRow = (rows: readonly unknown[]) => rows.length < LIMITS.rows;

export const addListRow = <K extends ListKey>(s: Session, groupId: string, key: K, row: Lists[K], at?: number) => updateList(s, groupId, key, (rows) => addRow(rows, row, at));
export const removeListRow = <K extends ListKey>(s: Session, groupId: string, key: K, id: string) => updateList(s, groupId, key, (rows) => removeRow(rows, id).rows);
export const restoreListRow = <K extends ListKey>(s: Session, groupId: string, key: K, row: Lists[K], index: number) => updateList(s, groupId, key, (rows) => restoreRow(rows, { row, index }));
export const moveListRow = <K extends ListKey>(s: Session, groupId: string, key: K, id: string, delta: number) => updateList(s, groupId, key, (rows) => moveRow(rows, id, delta));

export const setItemText = (s: Session, groupId: string, key: 'gold' | 'learning', id: string, text: string) =>
  updateList(s, groupId, key, (rows) => updateRow(rows, id, { text: cut(text, LIMITS.text) }));

export const setGoalText = (s: Session, groupId: string, goalId: string, text: string) =>
  updateList(s, groupId, 'goals', (rows) => updateRow(rows, goalId, { text: cut(text, LIMITS.text) }));

export function setGoalSmart(s: Session, groupId: string, goalId: string, key: SmartKey, value: boolean): Session {
  if (!SMART_KEYS.includes(key)) return s;
  return updateList(s, groupId, 'goals', (rows) => rows.map((g) => (g.id === goalId ? { ...g, smart: { ...g.smart, [key]: value } } : g)));
}

/** Any change to a goal's sub-goals; adding stops at the row limit. */
export function updateSubGoals(s: Session, groupId: string, goalId: string, fn: (rows: Item[]) => Item[]): Session {
  return updateList(s, groupId, 'goals', (goals) => goals.map((g) => {
    if (g.id !== goalId) return g;
    const subGoals = fn(g.subGoals);
    return subGoals.length > LIMITS.rows && subGoals.length > g.subGoals.length ? g : { ...g, subGoals };
  }));
}

export const setSubGoalText = (s: Session, groupId: string, goalId: string, id: string, text: string) =>
  updateSubGoals(s, groupId, goalId, (rows) => updateRow(rows, id, { text: cut(text, LIMITS.text) }));

export type ActionField = Exclude<keyof ActionRow, 'id'>;
export const setActionField = (s: Session, groupId: string, rowId: string, field: ActionField, value: string) =>
  updateList(s, groupId, 'actions', (rows) => updateRow(rows, rowId, { [field]: cut(value, LIMITS.text) } as Partial<ActionRow>));
