import { describe, expect, it } from 'vitest';
import * as op from '../../../src/lib/spindelvaev/operations';
import { emptyDoc, type SpindelDoc } from '../../../src/lib/spindelvaev/model';
import { web } from './fixtures';

const ids = (() => { let n = 0; return () => `id${++n}`; })();
const base = (): SpindelDoc => ({ ...emptyDoc(web), participants: [{ id: 'p1', name: 'Anne', ratings: { '1.1': 3 } }] });

describe('document changes', () => {
  it('rates as a new participant when none is active, and as the active one otherwise', () => {
    const a = op.rateAs(emptyDoc(web), null, '1.1', 7, () => 'new');
    expect(a.id).toBe('new');
    expect(a.doc.participants).toEqual([{ id: 'new', name: '', ratings: { '1.1': 7 } }]);
    const b = op.rateAs(a.doc, 'new', '1.2', 11);
    expect(b.doc.participants[0]!.ratings).toEqual({ '1.1': 7, '1.2': 10 });
    expect(op.rateAs(b.doc, 'new', '1.1', null).doc.participants[0]!.ratings).toEqual({ '1.2': 10 });
  });
  it('renames, cleaning invisible characters', () => {
    expect(op.renameParticipant(base(), 'p1', 'An\u0000ne B.').doc.participants[0]!.name).toBe('Anne B.');
  });
  it('«Næste deltager» drops an untouched participant and adds an empty one', () => {
    const withEmpty = { ...base(), participants: [...base().participants, { id: 'p2', name: '', ratings: {} }] };
    const r = op.nextParticipant(withEmpty, 'p2', () => 'p3');
    expect(r.doc.participants.map((p) => p.id)).toEqual(['p1', 'p3']);
    expect(r.number).toBe(2);
  });
  it('removes exactly one participant, one round, one plan item', () => {
    const d = { ...base(), rounds: [{ id: 'r1', date: '2026-01-01', label: '', values: {}, participants: 1 }, { id: 'r2', date: '2026-02-01', label: '', values: {}, participants: 1 }] };
    expect(op.deleteRound(d, 'r1').rounds.map((r) => r.id)).toEqual(['r2']);
    expect(op.removeParticipant(d, 'p1').participants).toEqual([]);
    const planned = op.addPlanItem(op.addPlanItem(d, () => 'a'), () => 'b');
    expect(op.removePlanItem(op.updatePlanItem(planned, 'b', { who: 'Bo' }), 'a').plan).toEqual([{ id: 'b', what: '', who: 'Bo', when: '' }]);
  });
  it('notes: set, and removed when emptied', () => {
    const d = op.setNote(base(), '1.1', 'Vi mangler mål');
    expect(d.notes).toEqual({ '1.1': 'Vi mangler mål' });
    expect(op.setNote(d, '1.1', '').notes).toEqual({});
  });
  it('adds a participant from a code, with a default name', () => {
    const r = op.addFromCode(base(), { name: '', ratings: { '1.1': 5 } }, () => 'p9');
    expect('doc' in r && r.doc.participants.at(-1)).toEqual({ id: 'p9', name: 'Deltager 2', ratings: { '1.1': 5 } });
  });
});

describe('import merges instead of replacing', () => {
  it('adds new participants and rounds, skips identical ones, re-ids colliding ids, keeps own texts', () => {
    const mine: SpindelDoc = { ...base(), noticed: 'Vores tekst', rounds: [{ id: 'r1', date: '2026-01-01', label: '', values: { '1.1': 3 }, participants: 1 }] };
    const theirs: SpindelDoc = {
      ...emptyDoc(web),
      participants: [base().participants[0]!, { id: 'p1', name: 'Bo', ratings: { '1.1': 9 } }, { id: 'p7', name: 'Cai', ratings: {} }],
      rounds: [mine.rounds[0]!, { id: 'r2', date: '2025-12-01', label: 'Start', values: { '1.1': 1 }, participants: 3 }],
      noticed: 'Deres tekst',
      requires: 'Tid',
      notes: { '1.2': 'Ny note' },
    };
    const { doc, summary } = op.mergeImport(mine, theirs, (p) => `${p}-${ids()}`);
    expect(doc.participants.map((p) => [p.id.replace(/\d+$/, ''), p.name])).toEqual([['p', 'Anne'], ['p-id', 'Bo'], ['p', 'Cai']]);
    expect(new Set(doc.participants.map((p) => p.id)).size).toBe(3);
    expect(doc.rounds.map((r) => r.id)).toEqual(['r2', 'r1']);
    expect(doc.noticed).toBe('Vores tekst');
    expect(doc.requires).toBe('Tid');
    expect(doc.notes).toEqual({ '1.2': 'Ny note' });
    expect(summary).toMatchObject({ participants: 2, rounds: 1, notes: 1, kept: ['trin 4'] });
    expect(op.importMessage(summary)).toMatch(/^Filen er flettet ind: 2 deltagere, 1 runde, 1 note er tilføjet\. .*trin 4.*bevaret/);
  });
  it('says so when everything in the file was already there', () => {
    const { summary } = op.mergeImport(base(), base());
    expect(op.importMessage(summary)).toMatch(/alt i den fandtes allerede/);
  });
});
