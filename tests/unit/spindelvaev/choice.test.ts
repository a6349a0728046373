import { describe, expect, it } from 'vitest';
import { checkChoice, toggleChoice } from '../../../src/lib/spindelvaev/choice';

describe('the three-choice rule (step 3)', () => {
  it('selects and deselects', () => {
    expect(toggleChoice([], '1.1')).toEqual({ chosen: ['1.1'], error: null });
    expect(toggleChoice(['1.1', '1.2'], '1.1')).toEqual({ chosen: ['1.2'], error: null });
  });
  it('refuses a fourth choice with a message and keeps the three', () => {
    const r = toggleChoice(['1.1', '1.2', '2.1'], '2.2');
    expect(r.chosen).toEqual(['1.1', '1.2', '2.1']);
    expect(r.error).toMatch(/allerede valgt 3/);
  });
  it('accepts exactly three and says what is missing otherwise', () => {
    expect(checkChoice(['a', 'b', 'c'])).toBeNull();
    expect(checkChoice([])).toMatch(/præcis 3.*valgt 0.*mangler 3/);
    expect(checkChoice(['a', 'b'])).toMatch(/mangler et/);
    expect(checkChoice(['a', 'b', 'c', 'd'])).toMatch(/fravælg 1/);
  });
});
