import { describe, expect, it } from 'vitest';
import { back, describeClock, escalated, formatClock, goTo, initialTimer, isDone, isRunning, next, pause, phaseElapsed, remaining, restartPhase, start, toggle, totalElapsed, warningLevel, warningMessage } from '../../../src/lib/femf/timer';

const MIN = 60_000;
const plan = [10, 30, 20, 20, 20];

/** A fake clock: the test moves time, the timer only ever sees `now`. */
function clock(startAt = Date.UTC(2026, 10, 23, 9, 0)) {
  let t = startAt;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('countdown per phase', () => {
  it('counts down while running and stands still while paused', () => {
    const c = clock();
    let t = start(initialTimer(), c.now());
    c.advance(3 * MIN);
    expect(remaining(t, plan, c.now())).toBe(7 * MIN);
    t = pause(t, c.now());
    c.advance(60 * MIN); // a long coffee break
    expect(remaining(t, plan, c.now())).toBe(7 * MIN);
    t = start(t, c.now());
    c.advance(2 * MIN);
    expect(remaining(t, plan, c.now())).toBe(5 * MIN);
  });

  it('keeps correct time across a reload or a background tab: state holds timestamps, not ticks', () => {
    const c = clock();
    const saved = JSON.parse(JSON.stringify(start(initialTimer(), c.now())));
    c.advance(4 * MIN + 30_000); // the tab slept, the page was reloaded
    expect(remaining(saved, plan, c.now())).toBe(5 * MIN + 30_000);
    expect(isRunning(saved)).toBe(true);
  });

  it('goes negative when over time', () => {
    const c = clock();
    const t = start(initialTimer(), c.now());
    c.advance(12 * MIN);
    expect(remaining(t, plan, c.now())).toBe(-2 * MIN);
    expect(formatClock(remaining(t, plan, c.now()))).toBe('+02:00');
  });

  it('ignores a clock that moved backwards', () => {
    const c = clock();
    const t = start(initialTimer(), c.now());
    expect(phaseElapsed(t, c.now() - 5 * MIN)).toBe(0);
  });

  it('toggle pauses and resumes; start twice does not restart', () => {
    const c = clock();
    let t = toggle(initialTimer(), c.now());
    c.advance(MIN);
    expect(start(t, c.now())).toBe(t);
    t = toggle(t, c.now());
    expect(isRunning(t)).toBe(false);
    expect(t.elapsed[0]).toBe(MIN);
  });
});

describe('moving between phases', () => {
  it('next keeps the used time of the phase left and waits for start in the new one', () => {
    const c = clock();
    let t = start(initialTimer(), c.now());
    c.advance(8 * MIN);
    t = next(t, c.now());
    expect(t.phaseIndex).toBe(1);
    expect(isRunning(t)).toBe(false);
    expect(t.elapsed[0]).toBe(8 * MIN);
    expect(remaining(t, plan, c.now())).toBe(30 * MIN);
  });

  it('back returns to the previous phase where it stopped', () => {
    const c = clock();
    let t = start(initialTimer(), c.now());
    c.advance(8 * MIN);
    t = start(next(t, c.now()), c.now());
    c.advance(5 * MIN);
    t = back(t, c.now());
    expect(t.phaseIndex).toBe(0);
    expect(remaining(t, plan, c.now())).toBe(2 * MIN);
    expect(t.elapsed[1]).toBe(5 * MIN);
    expect(totalElapsed(t, c.now())).toBe(13 * MIN);
  });

  it('cannot go before the first phase; after the fifth the process is done', () => {
    const c = clock();
    expect(back(initialTimer(), c.now()).phaseIndex).toBe(0);
    let t = goTo(initialTimer(), 4, c.now());
    t = next(t, c.now());
    expect(isDone(t)).toBe(true);
    expect(next(t, c.now())).toBe(t);
    expect(start(t, c.now())).toBe(t);
    expect(remaining(t, plan, c.now())).toBe(0);
  });

  it('restarts a phase’s countdown', () => {
    const c = clock();
    let t = start(initialTimer(), c.now());
    c.advance(4 * MIN);
    t = restartPhase(t, c.now());
    c.advance(MIN);
    expect(remaining(t, plan, c.now())).toBe(9 * MIN);
  });
});

describe('time warnings', () => {
  it('warns at 5 minutes, at 1 minute and when time is up', () => {
    const d = 30 * MIN;
    expect(warningLevel(6 * MIN, d)).toBe('none');
    expect(warningLevel(5 * MIN, d)).toBe('soon');
    expect(warningLevel(MIN, d)).toBe('last');
    expect(warningLevel(0, d)).toBe('over');
    expect(warningLevel(-MIN, d)).toBe('over');
  });

  it('warns at 2 minutes in short phases', () => {
    expect(warningLevel(4 * MIN, 10 * MIN)).toBe('none');
    expect(warningLevel(2 * MIN, 10 * MIN)).toBe('soon');
  });

  it('announces only when a warning becomes more urgent', () => {
    expect(escalated('none', 'soon')).toBe(true);
    expect(escalated('soon', 'soon')).toBe(false);
    expect(escalated('over', 'none')).toBe(false);
  });

  it('runs a phase on the fake clock through every warning, each announced once', () => {
    const c = clock();
    const t = start(goTo(initialTimer(), 1, c.now()), c.now());
    const heard: string[] = [];
    let level: ReturnType<typeof warningLevel> = 'none';
    for (let s = 0; s <= 31 * 60; s += 1) {
      const r = remaining(t, plan, c.now());
      const now = warningLevel(r, plan[1]! * MIN);
      if (escalated(level, now)) heard.push(warningMessage(now, 'Forstå', r));
      level = now;
      c.advance(1000);
    }
    expect(heard).toEqual([
      '5 minutter tilbage af Forstå.',
      'Under ét minut tilbage af Forstå. Tid til at opsummere.',
      'Tiden for Forstå er gået. Opsummér og gå videre til næste fase.',
    ]);
  });

  it('formats the clock for the wall and for screen readers', () => {
    expect(formatClock(12 * MIN + 5000)).toBe('12:05');
    expect(formatClock(400)).toBe('00:01');
    expect(formatClock(75 * MIN)).toBe('1:15:00');
    expect(describeClock(12 * MIN + 5000)).toBe('12 minutter og 5 sekunder tilbage');
    expect(describeClock(-2 * MIN)).toBe('2 minutter over tid');
    expect(describeClock(MIN)).toBe('1 minut tilbage');
  });
});
