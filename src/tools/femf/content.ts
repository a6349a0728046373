/** Build time: what the 5F islands get from the content (femf.yaml, the tool page and its publication). */
import { getEntry } from 'astro:content';
import { listDa } from '../../lib/text';
import type { MethodSource } from '../../lib/femf/source';
import type { FemfProps } from './types';

/** The projector window's page (src/pages/vaerktoejer/5f/projektor.astro). */
export const PROJECTOR_URL = '/vaerktoejer/5f/projektor/';

export async function femfProps() {
  const entry = await getEntry('metodedata', 'femf');
  if (!entry || entry.data.type !== 'femf') throw new Error('content/metodedata/femf.yaml mangler eller er ikke af typen femf');
  const tool = await getEntry('vaerktoejer', '5f');
  const pub = await getEntry('publikationer', entry.data.publikation.id);
  if (!tool || !pub) throw new Error('5F: content/vaerktoejer/5f.mdx eller publikationen i femf.yaml mangler');
  const { faser, varighed } = entry.data;
  const source: MethodSource = { method: tool.data.titel, publication: pub.data.titel, publisher: listDa(pub.data.udgivere), year: pub.data.aar };
  const props: Omit<FemfProps, 'projectorUrl'> = {
    phases: faser.map(({ id, navn, beskrivelse, spoergsmaal, eksempler }) => ({ id, navn, beskrivelse, spoergsmaal, eksempler })),
    bounds: { minTimer: varighed.minTimer, maxTimer: varighed.maxTimer },
    source,
  };
  return { entry, props };
}
