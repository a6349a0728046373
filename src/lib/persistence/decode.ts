/**
 * Turns an imported file's bytes into text. Strict UTF-8 first (what the tools export); a file that another
 * editor re-saved as «ANSI»/Latin-1 is read as Windows-1252 and the user is told so, so «æ ø å» never turn
 * into «�» silently. UTF-16 with a byte-order mark (Notepad's «Unicode») is read too. Pure.
 */

export type Decoded = { ok: true; text: string; notice: string | null } | { ok: false; error: string };

const LATIN1_NOTICE =
  'Filen var ikke gemt som UTF-8 (måske åbnet og gemt igen i et andet program), så den er læst som Windows-1252 (ANSI). Tjek at æ, ø og å ser rigtige ud.';

function strict(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, error: 'Filen er tom.' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    const text = strict('utf-16le', bytes);
    if (text !== null) return { ok: true, text, notice: null };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const text = strict('utf-16be', bytes);
    if (text !== null) return { ok: true, text, notice: null };
  }
  const utf8 = strict('utf-8', bytes);
  if (utf8 !== null) return { ok: true, text: utf8, notice: null };
  // A NUL byte or other C0 control (besides tab and line breaks) means this is no text file in any encoding.
  if (bytes.some((b) => b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d)) {
    return { ok: false, error: 'Filen er ikke en tekstfil. Vælg en fil, der er eksporteret fra værktøjet.' };
  }
  const latin = new TextDecoder('windows-1252').decode(bytes);
  // Bytes 0x81, 0x8D, 0x8F, 0x90 and 0x9D have no character in Windows-1252: then it is not that either.
  if (/[\u0080-\u009f]/.test(latin)) {
    return { ok: false, error: 'Filens tegn kan ikke læses: den er hverken gemt som UTF-8 eller som Windows-1252 (ANSI). Gem den som UTF-8, og prøv igen.' };
  }
  return { ok: true, text: latin, notice: LATIN1_NOTICE };
}
