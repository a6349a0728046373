/**
 * 5F round trip through the UI's own edit functions: any text typed into any 5F field (cut as the UI cuts it)
 * survives save → load → export → import, and the document imported equals the one that was typed.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { exportJson, importBytes } from '../../../src/lib/persistence/envelope';
import { parseStored, serialize } from '../../../src/lib/persistence/store';
import { cleanDeep } from '../../../src/lib/persistence/textGuard';
import { LIMITS, emptyAction, emptyGoal, newSession, type FemfDocument } from '../../../src/lib/femf/document';
import {
  addListRow, renameGroup, renameSession, setActionField, setGoalText, setGroupText, setItemText, setPlenary, setSessionTheme, setSubGoalText, updateSubGoals,
} from '../../../src/lib/femf/edit';
import { addRow } from '../../../src/lib/femf/list';
import { femfFormat } from '../../../src/lib/femf/validate';

const text = (max: number) => fc.string({ unit: 'binary', maxLength: max });

function typed(t: string[]): FemfDocument {
  let s = newSession('Session', new Date('2026-11-23T10:00:00Z'), 's1');
  const g = s.groups[0]!.id;
  s = renameSession(s, t[0]!);
  s = setSessionTheme(s, t[1]!);
  s = setPlenary(s, t[2]!);
  s = renameGroup(s, g, t[3]!);
  s = setGroupText(s, g, 'theme', t[4]!);
  s = setGroupText(s, g, 'why', t[5]!);
  s = setGroupText(s, g, 'vision', t[6]!);
  s = addListRow(s, g, 'gold', { id: 'i1', text: '' });
  s = setItemText(s, g, 'gold', 'i1', t[7]!);
  s = addListRow(s, g, 'learning', { id: 'i2', text: '' });
  s = setItemText(s, g, 'learning', 'i2', t[8]!);
  s = addListRow(s, g, 'goals', { ...emptyGoal(), id: 'm1' });
  s = setGoalText(s, g, 'm1', t[9]!);
  s = updateSubGoals(s, g, 'm1', (rows) => addRow(rows, { id: 'd1', text: '' }));
  s = setSubGoalText(s, g, 'm1', 'd1', t[10]!);
  s = addListRow(s, g, 'actions', { ...emptyAction(), id: 'h1' });
  for (const [i, f] of (['what', 'who', 'when', 'collaborations', 'followUp'] as const).entries()) s = setActionField(s, g, 'h1', f, t[11 + i]!);
  return { activeId: 's1', sessions: [s] };
}

function roundTrip(doc: FemfDocument): FemfDocument {
  const loaded = parseStored(femfFormat, serialize(femfFormat, doc));
  if (loaded.status !== 'ok') throw new Error(`load: ${loaded.status === 'corrupt' ? loaded.error : loaded.status}`);
  const imported = importBytes(femfFormat, new TextEncoder().encode(exportJson(femfFormat, loaded.data)));
  if (!imported.ok) throw new Error(`import: ${imported.error}`);
  return imported.value;
}

describe('5F: every field round-trips', () => {
  it('random Unicode typed into each of the 16 text fields comes back identical', () => {
    fc.assert(fc.property(fc.array(text(400), { minLength: 16, maxLength: 16 }), (t) => {
      const doc = typed(t);
      expect(roundTrip(doc)).toEqual(cleanDeep(doc));
    }), { numRuns: 120 });
  });

  it('texts at the UI’s length limits, and ordinary Danish that only looks odd', () => {
    const odd = ['onsdag = fast mødedag', 'det gør ondt = …', 'Tid: <ingen aftale>', 'Se <https://kk.dk>', 'a<b'];
    const t = Array.from({ length: 16 }, (_, i) => odd[i % odd.length]!);
    t[6] = 'x'.repeat(LIMITS.text + 10); // the vision field
    const doc = typed(t);
    expect(doc.sessions[0]!.groups[0]!.vision).toHaveLength(LIMITS.text);
    expect(roundTrip(doc)).toEqual(doc);
  });
});
