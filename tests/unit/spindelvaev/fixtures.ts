import type { WebDef } from '../../../src/lib/spindelvaev/model';

/** Small fixture webs (not the real statements). */
export const web: WebDef = {
  tema: 'testtema',
  titel: 'Testvæv',
  dimensioner: [
    { navn: 'Første', udsagn: ['Udsagn A', 'Udsagn B', 'Udsagn C'] },
    { navn: 'Anden', udsagn: ['Udsagn D', 'Udsagn E'] },
  ],
};
export const otherWeb: WebDef = { ...web, tema: 'andet-tema' };
export const ids = ['1.1', '1.2', '1.3', '2.1', '2.2'];
