import { describe, expect, it } from 'vitest';
import { changes, chartSeries, describeChange, formatDate, revealedSeries, saveRound, startNewAssessment } from '../../../src/lib/spindelvaev/rounds';
import { emptyDoc, type Participant, type SpindelDoc } from '../../../src/lib/spindelvaev/model';
import { ids, web } from './fixtures';

const withTeam = (r1: Record<string, number>, r2: Record<string, number> = {}): SpindelDoc => ({
  ...emptyDoc(web),
  participants: [{ id: 'a', name: 'A', ratings: r1 }, { id: 'b', name: 'B', ratings: r2 }],
});

describe('rounds over time', () => {
  it('saves the team mean as a dated round, in date order', () => {
    const first = saveRound(withTeam({ '1.1': 4, '1.2': 6 }, { '1.1': 7 }), ids, '2026-03-01', 'Efter', 'r2');
    expect(first.error).toBeNull();
    let { doc } = first;
    ({ doc } = saveRound({ ...doc, participants: [{ id: 'c', name: '', ratings: { '1.1': 2 } }] }, ids, '2026-01-01', '', 'r1'));
    expect(doc.rounds.map((r) => r.id)).toEqual(['r1', 'r2']);
    expect(doc.rounds[1]).toEqual({ id: 'r2', date: '2026-03-01', label: 'Efter', values: { '1.1': 5.5, '1.2': 6 }, participants: 2 });
  });
  it('refuses to save with no ratings or a bad date', () => {
    expect(saveRound(emptyDoc(web), ids, '2026-01-01').error).toMatch(/ingen vurderinger/);
    expect(saveRound(withTeam({ '1.1': 1 }), ids, '1. marts').error).toMatch(/gyldig dato/);
  });
  it('shows earlier rounds and the current assessment, but not the current twice once saved', () => {
    const base = withTeam({ '1.1': 4 });
    const { doc } = saveRound(base, ids, '2026-01-01', '', 'r1');
    expect(chartSeries(doc, ids, 'Nu').map((s) => s.key)).toEqual(['r1']);
    const changed = { ...doc, participants: [{ id: 'a', name: '', ratings: { '1.1': 8 } }] };
    expect(chartSeries(changed, ids, 'Nu').map((s) => [s.key, s.current])).toEqual([['r1', false], ['current', true]]);
  });
  it('reveals each rated participant\'s own web over the team mean, named as in the team list', () => {
    const people: Participant[] = [{ id: 'a', name: 'Anne', ratings: { '1.1': 2 } }, { id: 'b', name: '', ratings: {} }, { id: 'c', name: ' ', ratings: { '1.1': 8 } }];
    const s = revealedSeries(people, 'Teamets gennemsnit', { '1.1': 5 });
    expect(s.map((x) => [x.key, x.label, x.current, x.participant ?? false])).toEqual([
      ['p-a', 'Anne', false, true], ['p-c', 'Deltager 3', false, true], ['current', 'Teamets gennemsnit', true, false],
    ]);
    expect(s[1]!.values).toEqual({ '1.1': 8 });
  });
  it('gives the change per statement between the last two series', () => {
    const { doc } = saveRound(withTeam({ '1.1': 4, '1.2': 5 }), ids, '2026-01-01', '', 'r1');
    const later = { ...doc, participants: [{ id: 'a', name: '', ratings: { '1.1': 6.5, '2.1': 3 } }] };
    const c = changes(chartSeries(later, ids, 'Nu'), ids);
    expect(c).toEqual({ '1.1': 2.5, '1.2': null, '1.3': null, '2.1': null, '2.2': null });
    expect(changes(chartSeries(doc, ids, 'Nu'), ids)['1.1']).toBeNull();
  });
  it('describes change in words and signs, not colour', () => {
    expect(describeChange(2.5)).toBe('↑ +2,5');
    expect(describeChange(-1)).toBe('↓ −1');
    expect(describeChange(0)).toBe('= 0');
    expect(describeChange(null)).toBe('–');
  });
  it('starts a new assessment keeping rounds and plan', () => {
    const { doc } = saveRound({ ...withTeam({ '1.1': 4 }), notes: { '1.1': 'x' }, plan: [{ id: 'x', what: 'p', who: '', when: '' }] }, ids, '2026-01-01');
    const next = startNewAssessment(doc);
    expect(next.participants).toEqual([]);
    expect(next.notes).toEqual({});
    expect(next.rounds).toHaveLength(1);
    expect(next.plan).toHaveLength(1);
  });
  it('formats dates the Danish way', () => {
    expect(formatDate('2026-03-09')).toBe('9.3.2026');
  });
});
