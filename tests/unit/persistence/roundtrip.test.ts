/**
 * The round-trip property for all three tools' formats: whatever a user types (random Unicode, cut to the
 * field's length as the UI does) survives save → load → export → import unchanged.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { exportJson, importBytes, type ToolFormat } from '../../../src/lib/persistence/envelope';
import { parseStored, serialize } from '../../../src/lib/persistence/store';
import { cleanDeep } from '../../../src/lib/persistence/textGuard';
import { newSession, type FemfDocument } from '../../../src/lib/femf/document';
import { femfFormat } from '../../../src/lib/femf/validate';
import { borgerrejseFormat, type BorgerrejseDoc } from '../../../src/lib/borgerrejse/model';
import { makeFormat } from '../../../src/lib/spindelvaev/format';
import { emptyDoc, type SpindelDoc } from '../../../src/lib/spindelvaev/model';
import { web } from '../spindelvaev/fixtures';

const text = (max: number) => fc.string({ unit: 'binary', maxLength: Math.min(max, 300) });

/** Typed text → stored → loaded → exported → imported: returns what the tool ends up with. */
function roundTrip<T>(format: ToolFormat<T>, doc: T): T {
  const loaded = parseStored(format, serialize(format, doc));
  if (loaded.status !== 'ok') throw new Error(`load: ${loaded.status === 'corrupt' ? loaded.error : loaded.status}`);
  const imported = importBytes(format, new TextEncoder().encode(exportJson(format, loaded.data)));
  if (!imported.ok) throw new Error(`import: ${imported.error}`);
  return imported.value;
}

describe('round trip of everything the UI accepts', () => {
  it('5F: session name, theme, plenary and group texts', () => {
    fc.assert(fc.property(text(300), text(5000), text(5000), text(300), (name, theme, plenary, group) => {
      const s = newSession('x', new Date('2026-11-23T10:00:00Z'), 's1');
      const doc: FemfDocument = { activeId: 's1', sessions: [{ ...s, name: name || 'x', theme, plenary, groups: [{ ...s.groups[0]!, name: group || 'g', vision: theme }] }] };
      expect(roundTrip(femfFormat, doc)).toEqual(cleanDeep(doc));
    }), { numRuns: 150 });
  });

  it('borgerrejse: journey name, event text, when and notes', () => {
    fc.assert(fc.property(text(120), text(5000), text(120), text(5000), (name, event, when, note) => {
      const doc: BorgerrejseDoc = {
        activeId: 'r1',
        journeys: [{ id: 'r1', name: `J ${name}`, createdAt: '2026-11-23T10:00:00.000Z', events: [{ id: 'b1', text: `E ${event}`, when, official: true, notes: [{ id: 'n1', kind: 'groen', text: `N ${note}` }] }] }],
      };
      const back = roundTrip(borgerrejseFormat, doc);
      expect(back).toEqual(cleanDeep(doc));
    }), { numRuns: 150 });
  });

  it('spindelvæv: participant names, notes, steps 4–6 and the plan', () => {
    const format = makeFormat(web);
    fc.assert(fc.property(text(80), text(5000), text(5000), text(200), (name, note, noticed, when) => {
      const doc: SpindelDoc = {
        ...emptyDoc(web),
        participants: [{ id: 'p1', name: name.slice(0, 80), ratings: { '1.1': 3, '2.2': 10 } }],
        notes: { '1.1': note },
        noticed,
        requires: note,
        plan: [{ id: 'plan1', what: noticed, who: name, when }],
      };
      expect(roundTrip(format, doc)).toEqual(cleanDeep(doc));
    }), { numRuns: 150 });
  });
});
