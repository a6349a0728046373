import { describe, expect, it } from 'vitest';
import { LIMITS, emptyDocument, newSession, type FemfDocument } from '../../../src/lib/femf/document';
import { addSession, canAddSession, mergeImport, mergeMessage, selectSession } from '../../../src/lib/femf/sessions';
import { setSessionTheme } from '../../../src/lib/femf/edit';

const used = (id: string) => setSessionTheme(newSession(`Session ${id}`, new Date('2026-11-23T09:00:00Z'), id), 'Tema');
const docOf = (n: number, prefix = 's'): FemfDocument => {
  const sessions = Array.from({ length: n }, (_, i) => used(`${prefix}${i}`));
  return { activeId: sessions[0]!.id, sessions };
};

describe('the 50-session limit', () => {
  it('«Ny session» stops at the limit', () => {
    const full = docOf(LIMITS.sessions);
    expect(canAddSession(full)).toBe(false);
    expect(addSession(full, used('ny'))).toBe(full);
  });

  it('an import that does not fit is refused whole, with the truth about how many fit', () => {
    const mine = docOf(45, 'm');
    const result = mergeImport(mine, docOf(8, 'i'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toBe('Filen har 8 sessioner, men der er kun plads til 5 mere her (højst 50 i alt, og du har 45). Slet nogle sessioner, og prøv igen.');
  });

  it('an import that fits exactly is added, and the message counts what was added', () => {
    const result = mergeImport(docOf(45, 'm'), docOf(5, 'i'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.doc.sessions).toHaveLength(50);
    expect(result.added).toHaveLength(5);
    expect(mergeMessage(result.added)).toBe('Filen er indlæst: 5 sessioner er tilføjet, og den første er valgt. Dine andre sessioner er uændrede.');
  });

  it('the untouched default session gives way, so it does not count against the limit', () => {
    const result = mergeImport(emptyDocument(), docOf(50, 'i'));
    expect(result.ok && result.doc.sessions.map((s) => s.id)).toEqual(docOf(50, 'i').sessions.map((s) => s.id));
  });
});

describe('merging ids', () => {
  it('re-ids every taken session id, also ones taken twice, and keeps the rest', () => {
    const mine = docOf(2, 's');
    let n = 0;
    const ids = ['s0', 's1', 'fresh'];
    const result = mergeImport(mine, docOf(2, 's'), () => ids[n++]!);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const all = result.doc.sessions.map((s) => s.id);
    expect(new Set(all).size).toBe(all.length);
    expect(result.renamed).toBe(2);
    expect(result.doc.sessions.slice(2).map((s) => s.name)).toEqual(['Session s0 (importeret)', 'Session s1 (importeret)']);
  });

  it('selects only sessions that exist', () => {
    const doc = docOf(2);
    expect(selectSession(doc, 's1').activeId).toBe('s1');
    expect(selectSession(doc, 'findes-ikke')).toBe(doc);
  });
});
