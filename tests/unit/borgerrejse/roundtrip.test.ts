/**
 * Property: whatever the UI accepts comes back identically through export and import. Random journeys are built
 * through the same operations the island uses (type → save), exported as the file the user downloads, imported
 * again and compared.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { borgerrejseFormat, emptyDoc, type BorgerrejseDoc } from '../../../src/lib/borgerrejse/model';
import { addEvent, addNote, createJourney, mapJourney } from '../../../src/lib/borgerrejse/operations';
import { exportJson, parseImport } from '../../../src/lib/persistence/envelope';

/** Any text a user can type or paste, including Danish with «<», «=», «&» and emoji. */
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.constantFrom('onsdag = fast mødedag', 'det gør ondt = …', 'Tid: <ingen aftale>', 'Se <https://kk.dk>', 'a<b', 'æ ø å Æ Ø Å', 'R&D <3', '"citat" \\ skråstreg'),
);

interface Step { name: string; events: { text: string; when: string; official: boolean; notes: { kind: 'groen' | 'roed'; text: string }[] }[] }
const journeyInput: fc.Arbitrary<Step> = fc.record({
  name: text,
  events: fc.array(fc.record({
    text, when: text, official: fc.boolean(),
    notes: fc.array(fc.record({ kind: fc.constantFrom('groen' as const, 'roed' as const), text }), { maxLength: 3 }),
  }), { maxLength: 4 }),
});

/** Builds the document the way the island does, one typed value at a time. */
function build(steps: Step[]): BorgerrejseDoc {
  let doc = emptyDoc();
  let k = 0;
  for (const s of steps) {
    const jid = `r${k++}`;
    doc = createJourney(doc, s.name, jid, new Date('2026-03-01T09:00:00Z'));
    for (const e of s.events) {
      const eid = `b${k++}`;
      doc = mapJourney(doc, jid, (j) => addEvent(j, e, eid));
      for (const n of e.notes) { const nid = `n${k++}`; doc = mapJourney(doc, jid, (j) => addNote(j, eid, n.kind, n.text, nid)); }
    }
  }
  return doc;
}

describe('borgerrejse round trip', () => {
  it('imports back exactly what the UI accepted and exported', () => {
    fc.assert(fc.property(fc.array(journeyInput, { maxLength: 3 }), (steps) => {
      const doc = build(steps);
      const back = parseImport(borgerrejseFormat, exportJson(borgerrejseFormat, doc));
      expect(back).toEqual({ ok: true, value: doc });
    }), { numRuns: 300 });
  });
});
