import { describe, expect, it } from 'vitest';
import { LIMITS, emptyAction, emptyGoal, emptyGroup, newSession, type Session } from '../../../src/lib/femf/document';
import {
  addGroup, addListRow, moveListRow, removeGroup, removeListRow, renameGroup, renameSession, restoreGroup, restoreListRow, setActionField,
  setCarryOn, setGoalSmart, setGoalText, setGroupText, setItemText, setPlenary, setSessionTheme, stepTimer, updateSubGoals,
} from '../../../src/lib/femf/edit';
import { addRow } from '../../../src/lib/femf/list';
import { next, start } from '../../../src/lib/femf/timer';

const base = (): Session => {
  const s = newSession('Ledergruppen', new Date('2026-11-23T09:00:00Z'), 's1');
  return addGroup(s, emptyGroup('Gruppe 2', 'g2'));
};

describe('session edits', () => {
  it('rename, theme and plenary, cut to the limits validation enforces', () => {
    const s = base();
    expect(renameSession(s, 'Direktionen').name).toBe('Direktionen');
    expect(renameSession(s, 'x'.repeat(LIMITS.shortText + 5)).name).toHaveLength(LIMITS.shortText);
    expect(setSessionTheme(s, 'Kultur og værdier').theme).toBe('Kultur og værdier');
    expect(setPlenary(s, 'y'.repeat(LIMITS.plenary + 1)).plenary).toHaveLength(LIMITS.plenary);
    expect(s.name).toBe('Ledergruppen');
  });

  it('«Næste fase» keeps the clock running only when the session asks for it', () => {
    const running = { ...base(), timer: start(base().timer, 1000) };
    expect(stepTimer(running, next, 5000).timer).toMatchObject({ phaseIndex: 1, runningSince: null });
    expect(stepTimer(setCarryOn(running, true), next, 5000).timer).toMatchObject({ phaseIndex: 1, runningSince: 5000 });
    expect(stepTimer(setCarryOn(running, true), next, 5000).timer.elapsed[0]).toBe(4000);
  });
});

describe('group edits', () => {
  it('adds, renames and removes groups with undo, never the last one', () => {
    const s = base();
    expect(s.groups.map((g) => g.id)).toEqual(['s1-g1', 'g2']);
    expect(renameGroup(s, 'g2', 'Skoleledere').groups[1]!.name).toBe('Skoleledere');
    const { session, removed } = removeGroup(s, 's1-g1');
    expect(session.groups.map((g) => g.id)).toEqual(['g2']);
    expect(restoreGroup(session, removed).groups.map((g) => g.id)).toEqual(['s1-g1', 'g2']);
    expect(removeGroup(session, 'g2').session.groups).toHaveLength(1);
    expect(addGroup(s, emptyGroup('Igen', 'g2')).groups).toHaveLength(2); // an id that is taken is not added twice
  });

  it('stops at the group limit', () => {
    let s = base();
    for (let i = 0; i < LIMITS.groups + 3; i++) s = addGroup(s, emptyGroup(`G${i}`, `x${i}`));
    expect(s.groups).toHaveLength(LIMITS.groups);
  });

  it('edits one group’s texts and lists and leaves the other alone', () => {
    let s = setGroupText(base(), 'g2', 'vision', 'Vi mødes hver uge.');
    s = addListRow(s, 'g2', 'gold', { id: 'i1', text: '' });
    s = setItemText(s, 'g2', 'gold', 'i1', 'Fælles morgenmøder');
    s = addListRow(s, 'g2', 'learning', { id: 'i1', text: 'Samme id i en anden liste' });
    expect(s.groups[1]).toMatchObject({ vision: 'Vi mødes hver uge.', gold: [{ id: 'i1', text: 'Fælles morgenmøder' }], learning: [{ id: 'i1' }] });
    expect(s.groups[0]).toEqual(base().groups[0]);
  });

  it('goals: text, SMART, sub-goals, delete and undo', () => {
    let s = addListRow(base(), 'g2', 'goals', { ...emptyGoal(), id: 'm1' });
    s = setGoalText(s, 'g2', 'm1', 'Fælles møde hver uge');
    s = setGoalSmart(s, 'g2', 'm1', 'measurable', true);
    s = updateSubGoals(s, 'g2', 'm1', (rows) => addRow(rows, { id: 'd1', text: 'Aftal tidspunkt' }));
    const goal = s.groups[1]!.goals[0]!;
    expect(goal).toMatchObject({ text: 'Fælles møde hver uge', smart: { measurable: true, specific: false }, subGoals: [{ id: 'd1', text: 'Aftal tidspunkt' }] });
    const removed = removeListRow(s, 'g2', 'goals', 'm1');
    expect(removed.groups[1]!.goals).toEqual([]);
    expect(restoreListRow(removed, 'g2', 'goals', goal, 0).groups[1]!.goals).toEqual([goal]);
  });

  it('action rows: field edits and moves', () => {
    let s = base();
    for (const id of ['a', 'b', 'c']) s = addListRow(s, 'g2', 'actions', { ...emptyAction(), id });
    s = setActionField(s, 'g2', 'b', 'who', 'Skoleleder');
    s = moveListRow(s, 'g2', 'actions', 'c', -1);
    expect(s.groups[1]!.actions.map((a) => a.id)).toEqual(['a', 'c', 'b']);
    expect(s.groups[1]!.actions[2]!.who).toBe('Skoleleder');
  });

  it('stops adding rows at the row limit', () => {
    let s = base();
    for (let i = 0; i < LIMITS.rows + 2; i++) s = addListRow(s, 'g2', 'gold', { id: `i${i}`, text: '' });
    expect(s.groups[1]!.gold).toHaveLength(LIMITS.rows);
  });
});
