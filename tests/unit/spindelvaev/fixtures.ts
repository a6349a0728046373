import type { WebDef } from '../../../src/lib/spindelvaev/model';
import { webFingerprint } from '../../../src/lib/spindelvaev/model';
import type { CodeWeb } from '../../../src/lib/spindelvaev/code';

/** Small fixture webs (not the real statements). Ids look like positions here only to keep the tests short. */
export const web: WebDef = {
  tema: 'testtema',
  titel: 'Testvæv',
  dimensioner: [
    { navn: 'Første', udsagn: [{ id: '1.1', tekst: 'Udsagn A' }, { id: '1.2', tekst: 'Udsagn B' }, { id: '1.3', tekst: 'Udsagn C' }] },
    { navn: 'Anden', udsagn: [{ id: '2.1', tekst: 'Udsagn D' }, { id: '2.2', tekst: 'Udsagn E' }] },
  ],
};
export const otherWeb: WebDef = { ...web, tema: 'andet-tema' };
export const ids = ['1.1', '1.2', '1.3', '2.1', '2.2'];
export const codeWeb: CodeWeb = { tema: web.tema, ids, fingerprint: webFingerprint(web) };
