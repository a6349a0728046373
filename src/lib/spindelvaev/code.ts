/**
 * A participant's ratings as a short code the facilitator adds, or as a link with the code in the URL fragment
 * (#deltager=…), which browsers never send to a server.
 *
 *   SV2-K7A8-6X54-3Q2F.QW5uZQ
 *   └┬┘ └──────┬──────┘ └─┬─┘
 *  prefix  web tag (2) + one character per statement + check (2), grouped by 4     name (base64url, optional)
 *
 * A rating is 0–9 or A (10); X is unrated. The web tag is made from the web's fingerprint (its statement ids,
 * order and texts), so a code made on a page with another version of the web is refused instead of putting
 * ratings on the wrong statements. The check characters catch typing errors. SV1 codes (tag from the theme and
 * the number of statements) are still read.
 */
import { unsafeReason } from '../persistence/textGuard';
import { looksLikeCpr } from '../cpr';
import { fnv1a as hash, SCALE, SCALE_VALUES, type Ratings } from './model';

export const CODE_PREFIX = 'SV2';
const OLD_PREFIX = 'SV1';
export const FRAGMENT_KEY = 'deltager';
/** One character per scale value (0–9, then A for 10), from the scale itself. */
const DIGITS = SCALE_VALUES.map((v) => v.toString(36).toUpperCase()).join('');
const UNRATED = 'X';
export const MAX_NAME = 60;

export interface DecodedCode { name: string; ratings: Ratings }
export type DecodeResult = { ok: true; value: DecodedCode } | { ok: false; error: string };

/** What a code is made for: the web's theme, its statement ids in order, and its fingerprint. */
export interface CodeWeb { tema: string; ids: string[]; fingerprint: string }

const base36x2 = (n: number) => (n % 1296).toString(36).toUpperCase().padStart(2, '0');

/** Two characters that tell webs (and versions of a web) apart. */
export function webTag(web: CodeWeb): string {
  return base36x2(hash(`web/${web.fingerprint}`));
}

/** The tag SV1 codes carried: the theme and the number of statements only. */
function oldTag(web: CodeWeb): string {
  return base36x2(hash(`${web.tema}/${web.ids.length}`));
}

function toBase64Url(text: string): string {
  let bin = '';
  for (const b of new TextEncoder().encode(text)) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}

export function encodeRatings(web: CodeWeb, ratings: Ratings, name = ''): string {
  const ids = web.ids;
  const body = webTag(web) + ids.map((id) => (id in ratings ? DIGITS[ratings[id]!] ?? UNRATED : UNRATED)).join('');
  const namePart = name.trim() ? toBase64Url(name.trim().slice(0, MAX_NAME)) : '';
  const full = body + base36x2(hash(body + '.' + namePart));
  const grouped = full.match(/.{1,4}/g)!.join('-');
  return `${CODE_PREFIX}-${grouped}${namePart ? '.' + namePart : ''}`;
}

const fail = (error: string): DecodeResult => ({ ok: false, error });

export function decodeRatings(web: CodeWeb, input: string): DecodeResult {
  const ids = web.ids;
  const text = extractCode(input.trim());
  if (!text) return fail('Indsæt en kode eller et link fra en deltager.');
  const dot = text.indexOf('.');
  const head = (dot < 0 ? text : text.slice(0, dot)).replace(/[\s-]/g, '').toUpperCase();
  const namePart = dot < 0 ? '' : text.slice(dot + 1).trim();
  const old = head.startsWith(OLD_PREFIX);
  if (!head.startsWith(CODE_PREFIX) && !old) return fail(`Det er ikke en kode fra spindelvævet. En kode begynder med «${CODE_PREFIX}-».`);
  const rest = head.slice(CODE_PREFIX.length);
  const bad = [...rest].find((c) => !DIGITS.includes(c) && c !== UNRATED && !/[0-9A-Z]/.test(c));
  if (bad) return fail(`Koden indeholder tegnet «${bad}», som ikke hører til en kode. Tjek at hele koden er kopieret.`);
  const count = rest.length - 4;
  if (count !== ids.length) {
    return fail(
      count < 1
        ? 'Koden er for kort. Tjek at hele koden er kopieret.'
        : `Koden har ${count} vurderinger, men dette spindelvæv har ${ids.length} udsagn. Er koden fra et andet tema, eller mangler der tegn?`,
    );
  }
  const body = rest.slice(0, -2);
  if (base36x2(hash(body + '.' + namePart)) !== rest.slice(-2)) {
    return fail('Koden er ikke gyldig: kontroltegnene passer ikke. Tjek om den er skrevet eller kopieret forkert.');
  }
  if (body.slice(0, 2) !== (old ? oldTag(web) : webTag(web))) {
    return fail('Koden hører til et andet spindelvæv: et andet tema, eller en anden udgave af det samme. Åbn det tema, koden er lavet i; bed ellers deltageren genindlæse siden og sende en ny kode.');
  }
  const ratings: Ratings = {};
  for (let i = 0; i < ids.length; i++) {
    const c = body[2 + i]!;
    if (c === UNRATED) continue;
    const v = DIGITS.indexOf(c);
    if (v < 0) return fail(`Koden har en ugyldig vurdering («${c}») ved udsagn nr. ${i + 1}. Vurderinger går fra ${SCALE.min} til ${SCALE.max}.`);
    ratings[ids[i]!] = v;
  }
  if (Object.keys(ratings).length === 0) return fail('Koden indeholder ingen vurderinger.');
  let name = '';
  if (namePart) {
    const decoded = fromBase64Url(namePart);
    if (decoded === null || decoded.length > MAX_NAME) return fail('Navnet i koden kan ikke læses. Tjek at hele koden er kopieret.');
    if (unsafeReason(decoded)) return fail('Navnet i koden indeholder usynlige styretegn og er afvist af sikkerhedshensyn.');
    if (looksLikeCpr(decoded)) return fail('Navnet i koden ligner et CPR-nummer. Bed deltageren skrive sit fornavn i stedet.');
    name = decoded;
  }
  return { ok: true, value: { name, ratings } };
}

/** Accepts a bare code or a whole link whose fragment holds one. */
export function extractCode(input: string): string {
  const hashAt = input.indexOf('#');
  if (hashAt >= 0) return codeFromFragment(input.slice(hashAt)) ?? input.slice(hashAt + 1);
  return input;
}

/** The code in a location fragment such as «#deltager=SV1-…», or null. */
export function codeFromFragment(fragment: string): string | null {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  const code = params.get(FRAGMENT_KEY);
  return code && code.trim() ? code.trim() : null;
}

export function fragmentFor(code: string): string {
  return `#${FRAGMENT_KEY}=${encodeURIComponent(code)}`;
}
