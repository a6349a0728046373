import { describe, expect, it } from 'vitest';
import { balanceOthers, checkPlan, defaultPlan, formatMinutes, parseMinutes, splitTotal, totalChoices, totalFromPhases, withPhase, withTotal } from '../../../src/lib/femf/plan';

const bounds = { minTimer: 2, maxTimer: 7 };
const names = ['Fokuser', 'Forstå', 'Forestil', 'Fastslå', 'Frigør'];
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('default split', () => {
  it.each([120, 135, 180, 245, 300, 420, 123])('splits %i minutes into five phases that add up exactly', (total) => {
    const phases = splitTotal(total);
    expect(phases).toHaveLength(5);
    expect(sum(phases)).toBe(total);
    expect(phases.every((m) => m >= 5)).toBe(true);
  });

  it('gives Forstå (the «guld») the most time and keeps steps of 5 minutes', () => {
    expect(defaultPlan(180)).toEqual({ totalMinutes: 180, phases: [30, 45, 35, 35, 35] });
    expect(splitTotal(180).every((m) => m % 5 === 0)).toBe(true);
    const p = splitTotal(420);
    expect(Math.max(...p)).toBe(p[1]);
  });
});

describe('editing the plan', () => {
  it('a new total keeps the facilitator’s proportions', () => {
    const custom = { totalMinutes: 120, phases: [20, 40, 20, 20, 20] };
    const doubled = withTotal(custom, 240);
    expect(doubled.phases).toEqual([40, 80, 40, 40, 40]);
  });

  it('changing one phase and balancing the others keeps the total', () => {
    const p = withPhase(defaultPlan(180), 1, 90);
    const balanced = balanceOthers(p, 1)!;
    expect(balanced.phases[1]).toBe(90);
    expect(sum(balanced.phases)).toBe(180);
    expect(balanced.phases.every((m) => m >= 5)).toBe(true);
    expect(checkPlan(balanced, bounds, names)).toEqual([]);
  });

  it('refuses to balance when the others would get less than 5 minutes each', () => {
    expect(balanceOthers(withPhase(defaultPlan(120), 0, 110), 0)).toBeNull();
  });

  it('can take the sum of the phases as the new total', () => {
    expect(totalFromPhases({ totalMinutes: 120, phases: [30, 30, 30, 30, 30] }).totalMinutes).toBe(150);
  });

  it('offers totals from the method’s 2 to 7 hours in quarter hours', () => {
    const choices = totalChoices(bounds);
    expect(choices[0]).toBe(120);
    expect(choices.at(-1)).toBe(420);
    expect(choices).toHaveLength(21);
  });
});

describe('impossible times are explained', () => {
  it('accepts the default plan', () => {
    expect(checkPlan(defaultPlan(180), bounds, names)).toEqual([]);
  });

  it('explains phases that do not add up to the total, with the difference', () => {
    const problems = checkPlan(withPhase(defaultPlan(180), 0, 40), bounds, names);
    expect(problems).toEqual([{ field: 'sum', message: 'Faserne varer tilsammen 3 t 10 min, men den samlede tid er 3 t: 10 min for meget.' }]);
    const short = checkPlan(withPhase(defaultPlan(180), 0, 20), bounds, names);
    expect(short[0]!.message).toContain('10 min er ikke fordelt');
  });

  it('explains a phase longer than the whole process, and a phase that is too short', () => {
    const problems = checkPlan({ totalMinutes: 120, phases: [130, 0, 0, 0, 0] }, bounds, names);
    expect(problems.find((p) => p.field === 0)?.message).toBe('Fokuser kan ikke vare længere end hele forløbet (2 t).');
    expect(problems.find((p) => p.field === 1)?.message).toBe('Forstå skal have mindst 5 minutter.');
    expect(problems.some((p) => p.field === 'sum')).toBe(true);
  });

  it('explains a negative phase and a total outside 2–7 hours', () => {
    const problems = checkPlan({ totalMinutes: 480, phases: [-5, 100, 100, 100, 185] }, bounds, names);
    expect(problems.find((p) => p.field === 'total')?.message).toContain('mellem 2 t og 7 t');
    expect(problems.find((p) => p.field === 0)?.message).toBe('Fokuser: tiden kan ikke være negativ.');
  });

  it.each([
    ['30', { ok: true, value: 30 }],
    [' 45 min ', { ok: true, value: 45 }],
    ['-5', { ok: false, error: 'Tiden kan ikke være negativ.' }],
    ['−5', { ok: false, error: 'Tiden kan ikke være negativ.' }],
    ['', { ok: false, error: 'Skriv et antal minutter.' }],
    ['en time', { ok: false, error: 'Skriv et helt antal minutter, fx 30.' }],
    ['12,5', { ok: false, error: 'Skriv et helt antal minutter, fx 30.' }],
    ['99999', { ok: false, error: 'Det er mere end et døgn. Skriv tiden i minutter.' }],
  ])('reads the typed minutes %j', (text, expected) => {
    expect(parseMinutes(text)).toEqual(expected);
  });

  it('formats minutes the Danish way', () => {
    expect(formatMinutes(45)).toBe('45 min');
    expect(formatMinutes(180)).toBe('3 t');
    expect(formatMinutes(150)).toBe('2 t 30 min');
  });
});
