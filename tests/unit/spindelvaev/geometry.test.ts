import { describe, expect, it } from 'vitest';
import { dimensionSectors, spokeAngle, wrapText } from '../../../src/lib/spindelvaev/geometry';

describe('radar geometry', () => {
  it('starts at the top and goes clockwise, as chart.js draws a radar', () => {
    expect(spokeAngle(0, 4)).toBeCloseTo(-Math.PI / 2);
    expect(spokeAngle(1, 4)).toBeCloseTo(0);
  });
  it('gives each dimension a sector around its own spokes, with its name', () => {
    const s = dimensionSectors([{ navn: 'A', count: 3 }, { navn: 'B', count: 1 }]);
    expect(s.map((x) => [x.name, x.first, x.last])).toEqual([['A', 0, 2], ['B', 3, 3]]);
    expect(s[0]!.start).toBeCloseTo(spokeAngle(-0.5, 4));
    expect(s[0]!.end).toBeCloseTo(s[1]!.start);
    expect(s[1]!.mid).toBeCloseTo(spokeAngle(3, 4));
  });
  it('wraps labels on spaces', () => {
    expect(wrapText('Skabe et helhedssyn på tværs', 14)).toEqual(['Skabe et', 'helhedssyn på', 'tværs']);
  });
});
