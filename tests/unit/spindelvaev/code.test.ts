import { describe, expect, it } from 'vitest';
import { codeFromFragment, decodeRatings, encodeRatings, fragmentFor } from '../../../src/lib/spindelvaev/code';
import { ids } from './fixtures';

const ratings = { '1.1': 0, '1.2': 10, '2.1': 7 };

describe('participant codes', () => {
  it('round-trips ratings (0 and 10 included, unrated kept unrated) and the name', () => {
    const code = encodeRatings('testtema', ids, ratings, 'Søs Ærø');
    expect(decodeRatings('testtema', ids, code)).toEqual({ ok: true, value: { name: 'Søs Ærø', ratings } });
  });
  it('is short: a few characters per statement', () => {
    const code = encodeRatings('testtema', ids, ratings);
    expect(code).toMatch(/^SV1-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$/);
  });
  it('tolerates spaces, lower case and missing dashes when typed', () => {
    const code = encodeRatings('testtema', ids, ratings);
    const typed = ` ${code.toLowerCase().replace(/-/g, ' ')} `;
    expect(decodeRatings('testtema', ids, typed)).toEqual({ ok: true, value: { name: '', ratings } });
  });
  it('travels in the URL fragment, also as a whole pasted link', () => {
    const code = encodeRatings('testtema', ids, ratings, 'Anne');
    const link = `https://example.dk/temaer/x/${fragmentFor(code)}`;
    expect(codeFromFragment(fragmentFor(code))).toBe(code);
    expect(decodeRatings('testtema', ids, link)).toEqual({ ok: true, value: { name: 'Anne', ratings } });
    expect(codeFromFragment('#andet=1')).toBeNull();
  });

  const good = encodeRatings('testtema', ids, ratings, 'Anne');
  it.each([
    ['empty', '', /Indsæt en kode/],
    ['not a code', 'hej med dig', /ikke en kode fra spindelvævet/],
    ['a typo', good.replace(/^(SV1-..)(.)/, (_, a, c) => a + (c === '7' ? '8' : '7')), /kontroltegnene passer ikke/],
    ['too short', good.slice(0, 8), /(for kort|vurderinger)/],
    ['a character that does not belong', good.replace('SV1-', 'SV1-!'), /tegnet «!»/],
    ['another theme', encodeRatings('andet-tema', ids, ratings), /andet tema/],
    ['another web size', encodeRatings('testtema', ids.slice(0, 4), ratings), /har 4 vurderinger.*5 udsagn/],
    ['no ratings', encodeRatings('testtema', ids, {}), /ingen vurderinger/],
    ['a tampered name', good.replace(/\.(.*)$/, '.PGI-'), /(kontroltegnene|Navnet)/],
  ])('rejects %s with a Danish message', (_, code, message) => {
    const r = decodeRatings('testtema', ids, code);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });
  it('keeps a name with angle brackets as text (rendering is text-only)', () => {
    const code = encodeRatings('testtema', ids, ratings, 'Anne <leder>');
    expect(decodeRatings('testtema', ids, code)).toMatchObject({ ok: true, value: { name: 'Anne <leder>' } });
  });
  it('rejects control characters and CPR numbers in the name even with correct check characters', () => {
    expect(decodeRatings('testtema', ids, encodeRatings('testtema', ids, ratings, 'An\u0007ne'))).toEqual({ ok: false, error: expect.stringMatching(/styretegn/) });
    expect(decodeRatings('testtema', ids, encodeRatings('testtema', ids, ratings, '010190-1234'))).toEqual({ ok: false, error: expect.stringMatching(/CPR-nummer/) });
  });
});
