import { describe, expect, it } from 'vitest';
import { exportJson, parseImport } from '../../../src/lib/persistence/envelope';
import { load, save, storageKey } from '../../../src/lib/persistence/store';
import { emptyAction, emptyDocument, emptyGoal, isUntouched, newSession, smartGaps, type FemfDocument } from '../../../src/lib/femf/document';
import { addSession, deleteSession, mergeImport, restoreSession } from '../../../src/lib/femf/sessions';
import { femfFormat } from '../../../src/lib/femf/validate';
import { start } from '../../../src/lib/femf/timer';

function filled(): FemfDocument {
  const s = newSession('Ledergruppen, november', new Date('2026-11-23T09:00:00Z'), 's-led');
  const g = s.groups[0]!;
  s.theme = 'Organisering og samarbejde';
  g.theme = 'Samarbejdet mellem skole og PPR';
  g.why = 'Børnene mærker, når vi ikke taler sammen';
  g.gold = [{ id: 'i1', text: 'Fælles morgenmøder' }];
  g.learning = [{ id: 'i2', text: 'Vi glemte at inddrage forældrene' }];
  g.vision = 'Vi sidder sammen hver tirsdag, og forældrene ved, hvem de skal ringe til.';
  g.goals = [{ ...emptyGoal(), id: 'm1', text: 'Fælles møde hver uge', smart: { specific: true, measurable: true, attractive: true, realistic: false, timeBound: true }, subGoals: [{ id: 'i3', text: 'Aftal tidspunkt' }] }];
  g.actions = [{ ...emptyAction(), id: 'h1', what: 'Indkald til møde', who: 'Skoleleder', when: 'Uge 49', collaborations: 'PPR, sundhedsplejen', followUp: 'På næste ledermøde' }];
  s.timer = start(s.timer, Date.UTC(2026, 10, 23, 9));
  return { activeId: s.id, sessions: [s] };
}

const envelope = (data: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'ledelse-paa-tvaers', tool: '5f', version: 1, savedAt: '2026-11-23T10:00:00.000Z', data, ...extra });

describe('export and import of 5F sessions', () => {
  it('imports exactly what it exported', () => {
    const doc = filled();
    expect(parseImport(femfFormat, exportJson(femfFormat, doc))).toEqual({ ok: true, value: doc });
  });

  it('survives browser storage', () => {
    const map = new Map<string, string>();
    const storage = { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
    save(femfFormat, filled(), storage);
    expect(map.has(storageKey(femfFormat))).toBe(true);
    expect(load(femfFormat, storage)).toMatchObject({ status: 'ok', data: filled() });
  });

  it('reports corrupted stored data instead of dropping it', () => {
    const storage = { getItem: () => '{"format":"ledelse-paa-tvaers","tool":"5f","version":1,"data":{"sessions":"x"}}' };
    const result = load(femfFormat, storage);
    expect(result.status).toBe('corrupt');
  });

  const base = () => JSON.parse(exportJson(femfFormat, filled())).data;

  it.each([
    ['not JSON', () => '{ikke json', 'ikke gyldig JSON'],
    ['too large', () => envelope({ ...base(), pad: 'x'.repeat(1_100_000) }), 'for stor'],
    // Markup is kept as text (islands render text only); invisible control characters are refused.
    ['a control character in a capture field', () => { const d = base(); d.sessions[0].groups[0].vision = 'Vision\u0000'; return envelope(d); }, 'Feltet «sessions[0].groups[0].vision» indeholder et usynligt styretegn'],
    ['a text-direction override in an action row', () => { const d = base(); d.sessions[0].groups[0].actions[0].who = 'Anne\u202E'; return envelope(d); }, 'vender tekstens retning'],
    ['another tool’s export', () => envelope(base(), { tool: 'borgerrejse' }), 'andet værktøj'],
    ['a negative phase time', () => { const d = base(); d.sessions[0].plan.phases[2] = -10; return envelope(d); }, 'Feltet «sessions[0].plan.phases[2]»: skal være mellem 0 og 1440'],
    ['four phases instead of five', () => { const d = base(); d.sessions[0].plan.phases.pop(); return envelope(d); }, 'én pr. fase'],
    ['a timer beyond the last phase', () => { const d = base(); d.sessions[0].timer.phaseIndex = 9; return envelope(d); }, 'sessions[0].timer.phaseIndex'],
    ['an action row that is not an object', () => { const d = base(); d.sessions[0].groups[0].actions = ['ring']; return envelope(d); }, 'Feltet «sessions[0].groups[0].actions[0]»: skal være et objekt'],
    ['no sessions', () => envelope({ activeId: 'x', sessions: [] }), 'mindst én session'],
  ])('refuses %s with a Danish message', (_, make, message) => {
    const result = parseImport(femfFormat, make());
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toContain(message);
      expect(result.error).toContain('Intet er ændret.');
    }
  });

  it('fills in optional fields missing from an older or hand-made file', () => {
    const d = base();
    delete d.sessions[0].groups[0].learning;
    delete d.sessions[0].plenary;
    const result = parseImport(femfFormat, envelope(d));
    expect(result.ok && result.value.sessions[0]!.groups[0]!.learning).toEqual([]);
  });
});

describe('named sessions', () => {
  it('adds sessions from an import without overwriting any, and drops an untouched default', () => {
    const mine = filled();
    const fresh = emptyDocument();
    expect(isUntouched(fresh.sessions[0]!)).toBe(true);
    const merged = mergeImport(addSession(mine, fresh.sessions[0]!), filled());
    if (!merged.ok) throw new Error(merged.error);
    const { doc, added } = merged;
    expect(doc.sessions).toHaveLength(2);
    expect(doc.sessions[0]!.id).toBe('s-led');
    expect(added[0]!.name).toBe('Ledergruppen, november (importeret)');
    expect(doc.activeId).toBe(added[0]!.id);
  });

  it('deletes a session and restores it in its place (undo)', () => {
    let doc = addSession(filled(), newSession('Session 2', new Date(), 's2'));
    doc = addSession(doc, newSession('Session 3', new Date(), 's3'));
    const { doc: after, removed, index } = deleteSession(doc, 's2');
    expect(after.sessions.map((s) => s.id)).toEqual(['s-led', 's3']);
    expect(after.activeId).toBe('s3');
    const back = restoreSession(after, removed!, index);
    expect(back.sessions.map((s) => s.id)).toEqual(['s-led', 's2', 's3']);
    expect(back.activeId).toBe('s2');
  });

  it('always keeps one session, and undo brings back the deleted one instead of the blank', () => {
    const { doc, removed, index, replacement } = deleteSession(filled(), 's-led');
    expect(doc.sessions).toHaveLength(1);
    expect(doc.sessions[0]!.id).toBe(replacement);
    expect(restoreSession(doc, removed!, index, replacement).sessions.map((s) => s.id)).toEqual(['s-led']);
  });

  it('undo keeps a session that was there before, even a blank one', () => {
    const doc = addSession(filled(), newSession('Tom', new Date(), 's-tom'));
    const { doc: after, removed, index, replacement } = deleteSession(doc, 's-led');
    expect(replacement).toBeUndefined();
    expect(restoreSession(after, removed!, index, replacement).sessions.map((s) => s.id)).toEqual(['s-led', 's-tom']);
  });
});

describe('SMART check', () => {
  it('names what a goal is missing', () => {
    expect(smartGaps({ specific: true, measurable: true, attractive: true, realistic: false, timeBound: false })).toBe('Mangler: realistisk, tidsbestemt.');
    expect(smartGaps({ specific: true, measurable: true, attractive: true, realistic: true, timeBound: true })).toBeNull();
  });
});
