import { describe, expect, it } from 'vitest';
import { aggregate, disagreements, formatNumber, meanRatings } from '../../../src/lib/spindelvaev/aggregate';
import { rate, statementsOf, emptyDoc, type Participant } from '../../../src/lib/spindelvaev/model';
import { ids, web } from './fixtures';

const p = (id: string, ratings: Record<string, number>): Participant => ({ id, name: id, ratings });

describe('statements', () => {
  it('numbers the statements by dimension and position, with the text from the data', () => {
    const s = statementsOf(web);
    expect(s.map((x) => x.id)).toEqual(ids);
    expect(s[3]).toEqual({ id: '2.1', number: '2.1', text: 'Udsagn D', dimension: 1, dimensionName: 'Anden' });
  });
});

describe('rating', () => {
  it('keeps unrated apart from 0, and removes a rating on null', () => {
    let doc = { ...emptyDoc(web), participants: [p('a', {})] };
    doc = rate(doc, 'a', '1.1', 0);
    expect(doc.participants[0]!.ratings).toEqual({ '1.1': 0 });
    doc = rate(doc, 'a', '1.1', null);
    expect(doc.participants[0]!.ratings).toEqual({});
  });
  it('clamps to the scale', () => {
    const doc = rate({ ...emptyDoc(web), participants: [p('a', {})] }, 'a', '1.1', 14);
    expect(doc.participants[0]!.ratings['1.1']).toBe(10);
  });
});

describe('team aggregation', () => {
  const team = [p('a', { '1.1': 2, '1.2': 5, '2.1': 0 }), p('b', { '1.1': 9, '1.2': 6 }), p('c', { '1.1': 4, '1.2': 7, '2.1': 3 })];
  const stats = aggregate(ids, team);

  it('gives mean, min, max and spread per statement', () => {
    expect(stats[0]).toEqual({ id: '1.1', n: 3, mean: 5, min: 2, max: 9, spread: 7 });
    expect(stats[1]).toEqual({ id: '1.2', n: 3, mean: 6, min: 5, max: 7, spread: 2 });
  });
  it('counts only those who rated: unrated is not 0, but 0 is a rating', () => {
    expect(stats[3]).toEqual({ id: '2.1', n: 2, mean: 1.5, min: 0, max: 3, spread: 3 });
    expect(stats[4]).toEqual({ id: '2.2', n: 0, mean: null, min: null, max: null, spread: 0 });
  });
  it('rounds the mean to one decimal', () => {
    expect(aggregate(['1.1'], [p('a', { '1.1': 1 }), p('b', { '1.1': 2 }), p('c', { '1.1': 2 })])[0]!.mean).toBe(1.7);
  });
  it('gives the mean ratings without unrated statements', () => {
    expect(meanRatings(stats)).toEqual({ '1.1': 5, '1.2': 6, '2.1': 1.5 });
  });
  it('points out the largest spreads first, and not small differences', () => {
    expect(disagreements(stats)).toEqual(['1.1', '2.1']);
    expect(disagreements(stats, 1)).toEqual(['1.1']);
  });
  it('sees no disagreement with one participant or when all agree', () => {
    expect(disagreements(aggregate(ids, [p('a', { '1.1': 0, '1.2': 10 })]))).toEqual([]);
    expect(disagreements(aggregate(ids, [p('a', { '1.1': 4 }), p('b', { '1.1': 4 })]))).toEqual([]);
  });
  it('breaks ties by number of raters, then by order', () => {
    const t = [p('a', { '1.1': 1, '1.2': 1, '1.3': 1 }), p('b', { '1.1': 5, '1.2': 5, '1.3': 5 }), p('c', { '1.3': 3 })];
    expect(disagreements(aggregate(ids, t))).toEqual(['1.3', '1.1', '1.2']);
  });
  it('formats numbers the Danish way', () => {
    expect(formatNumber(1.5)).toBe('1,5');
    expect(formatNumber(null)).toBe('–');
    expect(formatNumber(0)).toBe('0');
  });
});
