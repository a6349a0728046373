import { describe, expect, it } from 'vitest';
import { mergeWithMessage } from '../../../src/lib/borgerrejse/importing';
import { LIMITS, type BorgerrejseDoc } from '../../../src/lib/borgerrejse/model';
import { doc, journey } from './fixtures';

describe('merge messages', () => {
  const many = (n: number, prefix: string): BorgerrejseDoc => ({ journeys: Array.from({ length: n }, (_, i) => ({ ...journey(), id: `${prefix}${i}`, name: `R ${i}` })), activeId: null });

  it('says how many were added and how many were there already', () => {
    const imported = { journeys: [journey(), { ...journey(), id: 'r9', name: 'Ny' }], activeId: 'r1' };
    const m = mergeWithMessage(doc(), imported);
    expect(m.text).toBe('Filen er indlæst: 1 rejse er lagt til dine rejser (1 fandtes allerede).');
    expect(m.next.journeys.map((j) => j.id)).toEqual(['r1', 'r2', 'r9']);
  });

  it('says nothing changed when all are there', () => {
    const d = doc();
    const m = mergeWithMessage(d, doc());
    expect(m.next).toBe(d);
    expect(m.text).toContain('findes allerede. Intet er ændret.');
  });

  it('refuses a file that would pass the journey limit, truthfully, and changes nothing', () => {
    const d = many(LIMITS.journeys - 2, 'a');
    const m = mergeWithMessage(d, many(5, 'b'));
    expect(m.next).toBe(d);
    expect(m.refused).toBe(true);
    expect(m.text).toBe(`Den har 5 rejser, som ikke findes her, men der er kun plads til 2 mere (højst ${LIMITS.journeys} rejser i alt). Eksportér og slet nogle rejser først.`);
    expect(m.text).not.toContain('fandtes allerede');
  });
});

describe('CPR numbers on screen and in print', () => {
  it('masks every CPR-like number and leaves other text as it is', async () => {
    const { maskCpr } = await import('../../../src/lib/borgerrejse/display');
    expect(maskCpr('Oplyste 010190-1234 og 3112851111 i dag')).toBe('Oplyste 010190-•••• og 311285•••• i dag');
    expect(maskCpr('Sagsnr. 2024-123456, tlf. 12 34 56 78')).toBe('Sagsnr. 2024-123456, tlf. 12 34 56 78');
    expect(maskCpr('')).toBe('');
  });
});
