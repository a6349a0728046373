import { describe, expect, it } from 'vitest';
import { codeFromFragment, decodeRatings, encodeRatings, fragmentFor } from '../../../src/lib/spindelvaev/code';
import { codeWeb, ids, otherWeb, web } from './fixtures';
import { webFingerprint } from '../../../src/lib/spindelvaev/model';

const ratings = { '1.1': 0, '1.2': 10, '2.1': 7 };

describe('participant codes', () => {
  it('round-trips ratings (0 and 10 included, unrated kept unrated) and the name', () => {
    const code = encodeRatings(codeWeb, ratings, 'Søs Ærø');
    expect(decodeRatings(codeWeb, code)).toEqual({ ok: true, value: { name: 'Søs Ærø', ratings } });
  });
  it('is short: a few characters per statement', () => {
    const code = encodeRatings(codeWeb, ratings);
    expect(code).toMatch(/^SV2-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$/);
  });
  it('tolerates spaces, lower case and missing dashes when typed', () => {
    const code = encodeRatings(codeWeb, ratings);
    const typed = ` ${code.toLowerCase().replace(/-/g, ' ')} `;
    expect(decodeRatings(codeWeb, typed)).toEqual({ ok: true, value: { name: '', ratings } });
  });
  it('travels in the URL fragment, also as a whole pasted link', () => {
    const code = encodeRatings(codeWeb, ratings, 'Anne');
    const link = `https://example.dk/temaer/x/${fragmentFor(code)}`;
    expect(codeFromFragment(fragmentFor(code))).toBe(code);
    expect(decodeRatings(codeWeb, link)).toEqual({ ok: true, value: { name: 'Anne', ratings } });
    expect(codeFromFragment('#andet=1')).toBeNull();
  });

  const good = encodeRatings(codeWeb, ratings, 'Anne');
  it.each([
    ['empty', '', /Indsæt en kode/],
    ['not a code', 'hej med dig', /ikke en kode fra spindelvævet/],
    ['a typo', good.replace(/^(SV2-..)(.)/, (_, a, c) => a + (c === '7' ? '8' : '7')), /kontroltegnene passer ikke/],
    ['too short', good.slice(0, 8), /(for kort|vurderinger)/],
    ['a character that does not belong', good.replace('SV2-', 'SV2-!'), /tegnet «!»/],
    ['another theme', encodeRatings({ ...codeWeb, fingerprint: webFingerprint(otherWeb) }, ratings), /et andet tema, eller en anden udgave/],
    ['another web size', encodeRatings({ ...codeWeb, ids: ids.slice(0, 4) }, ratings), /har 4 vurderinger.*5 udsagn/],
    ['no ratings', encodeRatings(codeWeb, {}), /ingen vurderinger/],
    ['a tampered name', good.replace(/\.(.*)$/, '.PGI-'), /(kontroltegnene|Navnet)/],
  ])('rejects %s with a Danish message', (_, code, message) => {
    const r = decodeRatings(codeWeb, code);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });
  it('keeps a name with angle brackets as text (rendering is text-only)', () => {
    const code = encodeRatings(codeWeb, ratings, 'Anne <leder>');
    expect(decodeRatings(codeWeb, code)).toMatchObject({ ok: true, value: { name: 'Anne <leder>' } });
  });
  it('rejects control characters and CPR numbers in the name even with correct check characters', () => {
    expect(decodeRatings(codeWeb, encodeRatings(codeWeb, ratings, 'An\u0007ne'))).toEqual({ ok: false, error: expect.stringMatching(/styretegn/) });
    expect(decodeRatings(codeWeb, encodeRatings(codeWeb, ratings, '010190-1234'))).toEqual({ ok: false, error: expect.stringMatching(/CPR-nummer/) });
  });
});

describe('codes and the web they were made for', () => {
  it('refuses a code made on a page with another version of the same web (a statement reworded)', () => {
    const edited = structuredClone(web);
    edited.dimensioner[0]!.udsagn[0]!.tekst = 'Udsagn A, ny ordlyd';
    const code = encodeRatings({ ...codeWeb, fingerprint: webFingerprint(edited) }, { '1.1': 3 });
    expect(decodeRatings(codeWeb, code)).toEqual({ ok: false, error: expect.stringMatching(/en anden udgave af det samme/) });
  });
});
