import { describe, expect, it } from 'vitest';
import { emptyGroup, newSession, type Session } from '../../../src/lib/femf/document';
import { MAX_POINTS, POINT_CHARS, roomView } from '../../../src/lib/femf/room';
import { flaggedTexts, sessionTexts } from '../../../src/lib/femf/texts';
import { sourceLine } from '../../../src/lib/femf/source';

function session(): Session {
  const s = newSession('Ledergruppen', new Date('2026-11-23T09:00:00Z'), 's1');
  s.groups = [{ ...emptyGroup('Skoleledere', 'g1'), theme: 'PPR', gold: [{ id: 'a', text: 'Morgenmøder' }], learning: [{ id: 'b', text: 'Forældrene' }] }, { ...emptyGroup('', 'g2'), gold: [{ id: 'c', text: '  ' }, { id: 'd', text: 'Overleveringer' }] }];
  return s;
}

describe('what the room sees', () => {
  it('shows each phase’s captured points with the group’s name, skipping empty ones', () => {
    expect(roomView(session(), 1).points.map((p) => `${p.group}: ${p.text}`)).toEqual(['Skoleledere: Morgenmøder', 'Skoleledere: Læring: Forældrene', 'Gruppe uden navn: Overleveringer']);
    expect(roomView(session(), 0).points.map((p) => p.text)).toEqual(['Tema: PPR']);
    expect(roomView(session(), 5)).toEqual({ points: [], more: 0 });
  });

  it('caps the count and the length, and says how many more there are', () => {
    const s = session();
    s.groups[0]!.gold = Array.from({ length: 10 }, (_, i) => ({ id: `x${i}`, text: `Punkt ${i} ${'lang '.repeat(60)}` }));
    const v = roomView(s, 1);
    expect(v.points).toHaveLength(MAX_POINTS);
    expect(v.more).toBe(10 + 2 - MAX_POINTS);
    expect(Math.max(...v.points.map((p) => p.text.length))).toBeLessThanOrEqual(POINT_CHARS);
    expect(v.points[0]!.text.endsWith('…')).toBe(true);
    expect(new Set(v.points.map((p) => p.key)).size).toBe(v.points.length);
  });
});

describe('texts and their places', () => {
  it('labels every text so a warning can name the field', () => {
    const labels = sessionTexts(session()).map((t) => t.label);
    expect(labels).toContain('Skoleledere · Forstå · guld, punkt 1');
    expect(labels).toContain('Gruppe 2 · Forstå · guld, punkt 2');
    expect(flaggedTexts(session(), (t) => t.includes('Forældre'))).toEqual(['Skoleledere · Forstå · læring, punkt 1']);
  });

  it('names the method and its source for the printed result', () => {
    expect(sourceLine({ method: 'Metode 6: De gode erfaringer og næste skridt – 5F', publication: 'Ledelse på tværs', publisher: 'Væksthus for Ledelse', year: 2020 }))
      .toBe('Metode 6: De gode erfaringer og næste skridt – 5F. Fra «Ledelse på tværs», Væksthus for Ledelse (2020).');
  });
});
