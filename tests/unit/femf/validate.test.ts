import { describe, expect, it } from 'vitest';
import { exportJson, parseImport } from '../../../src/lib/persistence/envelope';
import { emptyDocument, newSession, type FemfDocument } from '../../../src/lib/femf/document';
import { femfFormat, validateDocument } from '../../../src/lib/femf/validate';
import { PHASE_COUNT, PHASE_IDS, phaseFromLink } from '../../../src/lib/femf/phases';
import { DEFAULT_WEIGHTS } from '../../../src/lib/femf/plan';
import { initialTimer } from '../../../src/lib/femf/timer';

function doc(): FemfDocument {
  const s = newSession('Ledergruppen', new Date('2026-11-23T09:00:00Z'), 's1');
  s.groups[0]!.gold = [{ id: 'i1', text: 'Guld' }, { id: 'i2', text: 'Mere guld' }];
  s.groups[0]!.goals = [{ id: 'm1', text: 'Mål', smart: { specific: true, measurable: false, attractive: false, realistic: false, timeBound: false }, subGoals: [{ id: 'd1', text: 'Delmål' }] }];
  s.groups[0]!.actions = [{ id: 'h1', what: 'Ring', who: 'Ane', when: 'Uge 2', collaborations: '', followUp: '' }];
  return { activeId: 's1', sessions: [s, newSession('To', new Date('2026-11-24T09:00:00Z'), 's2')] };
}
const raw = (): FemfDocument => JSON.parse(JSON.stringify(doc()));
const g0 = (d: FemfDocument) => d.sessions[0]!.groups[0]!;
const loose = (x: object) => x as Record<string, unknown>;
const refused = (data: unknown) => { const r = validateDocument(data); return r.ok ? '' : r.error; };

describe('one declaration of the phases', () => {
  it('derives count, default split and timer from the ids', () => {
    expect(PHASE_COUNT).toBe(PHASE_IDS.length);
    expect(DEFAULT_WEIGHTS).toHaveLength(PHASE_COUNT);
    expect(initialTimer().elapsed).toHaveLength(PHASE_COUNT);
  });

  it('reads a phase from a link, by query or fragment, and ignores anything else', () => {
    expect(phaseFromLink('?fase=forstaa', '')).toBe('forstaa');
    expect(phaseFromLink('', '#fase-frigoer')).toBe('frigoer');
    expect(phaseFromLink('?fase=Forstå', '#fase-x')).toBeNull();
    expect(phaseFromLink('?fase=__proto__', '')).toBeNull();
  });
});

describe('ids are unique and safe at every level', () => {
  it.each([
    ['sessions', (d: FemfDocument) => { d.sessions[1]!.id = 's1'; }, 'Feltet «sessions[1].id»: to sessioner har samme id («s1»)'],
    ['groups', (d: FemfDocument) => { d.sessions[0]!.groups.push({ ...g0(d) }); }, 'sessions[0].groups[1].id»: to grupper har samme id'],
    ['gold', (d: FemfDocument) => { g0(d).gold[1]!.id = 'i1'; }, 'gold[1].id»: to punkter under guld har samme id'],
    ['goals', (d: FemfDocument) => { g0(d).goals.push({ ...g0(d).goals[0]! }); }, 'goals[1].id»: to mål har samme id'],
    ['sub-goals', (d: FemfDocument) => { g0(d).goals[0]!.subGoals.push({ id: 'd1', text: 'x' }); }, 'subGoals[1].id»: to delmål'],
    ['action rows', (d: FemfDocument) => { g0(d).actions.push({ ...g0(d).actions[0]! }); }, 'actions[1].id»: to rækker i handleplanen'],
  ])('refuses duplicate ids among %s', (_, mutate, message) => {
    const d = raw();
    mutate(d);
    expect(refused(d)).toContain(message);
  });

  it.each(['a"b', 'a\\b', '', 'x'.repeat(65), 'ø', 'a b', '1 2', '#id'])('refuses the unsafe id %j', (id) => {
    const d = raw();
    g0(d).gold[0]!.id = id;
    expect(refused(d)).toContain('skal være et id af 1–64 tegn');
  });

  it('accepts the ids the tool itself makes, and the same id in different lists', () => {
    const d = raw();
    g0(d).learning = [{ id: 'i1', text: 'Læring' }];
    expect(validateDocument(d).ok).toBe(true);
    expect(validateDocument(emptyDocument()).ok).toBe(true);
  });
});

describe('values a browser could not show are refused', () => {
  it('a date that would show as «Invalid Date»', () => {
    const d = raw();
    d.sessions[0]!.createdAt = 'i går';
    expect(refused(d)).toContain('sessions[0].createdAt»: skal være en dato');
  });

  it('more sessions than the tool can hold, in Danish', () => {
    const d = raw();
    d.sessions = Array.from({ length: 51 }, (_, i) => ({ ...d.sessions[0]!, id: `s${i}` }));
    expect(refused(d)).toBe('Feltet «sessions»: filen har 51 sessioner, men værktøjet kan højst have 50.');
  });

  it('a carry-on flag that is not true or false', () => {
    const d = raw();
    loose(d.sessions[0]!).carryOn = 'ja';
    expect(refused(d)).toContain('sessions[0].carryOn');
  });

  it('a document saved before carry-on existed still loads', () => {
    const d = raw();
    delete loose(d.sessions[0]!).carryOn;
    const r = validateDocument(d);
    expect(r.ok && r.value.sessions[0]!.carryOn).toBe(false);
  });

  it('round-trips a full document through export and import', () => {
    expect(parseImport(femfFormat, exportJson(femfFormat, doc()))).toEqual({ ok: true, value: doc() });
  });
});
