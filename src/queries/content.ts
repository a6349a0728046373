/**
 * Queries over the content collections, shared by the pages. Everything here runs at build time.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { checkReadingOrder, toPageRefs, type PageRef } from '../lib/readingOrder';
import { listDa, sortDa } from '../lib/text';
import { countDa } from '../lib/plural';

export type Kapitel = CollectionEntry<'kapitler'>;
export type Erfaring = CollectionEntry<'erfaringer'>;
export type Vaerktoej = CollectionEntry<'vaerktoejer'>;
export type Publikation = CollectionEntry<'publikationer'>;
export type Tema = CollectionEntry<'temaer'>;
export type Kommune = CollectionEntry<'kommuner'>;
export type SourcePage = Kapitel | Erfaring | Vaerktoej;

export const SIDETYPE: Record<PageRef['kind'], string> = {
  kapitel: 'Kapitel',
  erfaring: 'Erfaring',
  vaerktoej: 'Værktøj',
};

/** The kapitel id is «<publikation>/<slug>»; the URL mirrors it. */
export function urlOf(page: SourcePage): string {
  switch (page.collection) {
    case 'kapitler': return `/publikationer/${page.id}/`;
    case 'erfaringer': return `/erfaringer/${page.id}/`;
    case 'vaerktoejer': return `/vaerktoejer/${page.id}/`;
  }
}

export function kindOf(page: SourcePage): PageRef['kind'] {
  return page.collection === 'kapitler' ? 'kapitel' : page.collection === 'erfaringer' ? 'erfaring' : 'vaerktoej';
}

export const temaUrl = (id: string) => `/temaer/${id}/`;
export const kommuneUrl = (id: string) => `/kommuner/${id}/`;
export const publikationUrl = (id: string) => `/publikationer/${id}/`;

export async function publikationer(): Promise<Publikation[]> {
  return (await getCollection('publikationer')).sort((a, b) => a.data.orden - b.data.orden);
}

export async function temaer(): Promise<Tema[]> {
  return (await getCollection('temaer')).sort((a, b) => a.data.orden - b.data.orden);
}

export async function kommuner(): Promise<Kommune[]> {
  return sortDa(await getCollection('kommuner'), (k) => k.data.navn);
}

let allPagesCache: Promise<SourcePage[]> | undefined;
export function allPages(): Promise<SourcePage[]> {
  allPagesCache ??= Promise.all([getCollection('kapitler'), getCollection('erfaringer'), getCollection('vaerktoejer')]).then(
    ([k, e, v]) => [...k, ...e, ...v],
  );
  return allPagesCache;
}

const orderCache = new Map<string, Promise<SourcePage[]>>();

/**
 * A publication's pages in reading order. Fails the build when `indhold` and the pages disagree,
 * naming the publication file and the page.
 */
export function readingOrder(pub: Publikation): Promise<SourcePage[]> {
  let cached = orderCache.get(pub.id);
  if (!cached) {
    cached = (async () => {
      const refs = toPageRefs(pub.data.indhold as never);
      const pages = (await allPages()).filter((p) => p.data.publikation.id === pub.id);
      const problems = checkReadingOrder(pub.id, refs, pages.map((p) => ({ kind: kindOf(p), id: p.id })));
      if (problems.length) {
        throw new Error(`content/publikationer/${pub.id}.yaml, feltet «indhold»:\n  - ${problems.join('\n  - ')}`);
      }
      return refs.map((r) => pages.find((p) => kindOf(p) === r.kind && p.id === r.id)!);
    })();
    orderCache.set(pub.id, cached);
  }
  return cached;
}

export async function pagesForTema(temaId: string): Promise<SourcePage[]> {
  return (await allPages()).filter((p) => p.data.temaer.some((t) => t.id === temaId));
}

/** One page of a theme's core with the editors' reason to read it. */
export interface KerneSide { page: SourcePage; hvorfor: string }

const COLLECTION: Record<PageRef['kind'], SourcePage['collection']> = { kapitel: 'kapitler', erfaring: 'erfaringer', vaerktoej: 'vaerktoejer' };

/** The theme's core (content/temaer/<id>.yaml, «kerne»), in the editors' reading order. */
export async function temaKerne(tema: Tema): Promise<KerneSide[]> {
  const pages = await allPages();
  return tema.data.kerne.map((item) => {
    const { hvorfor, ...ref } = item;
    const [kind, value] = Object.entries(ref)[0] as [PageRef['kind'], { id: string }];
    const page = pages.find((p) => p.collection === COLLECTION[kind] && p.id === value.id);
    if (!page) throw new Error(`${tema.filePath}, feltet «kerne»: ${kind} «${value.id}» findes ikke`);
    return { page, hvorfor };
  });
}

/**
 * A theme's pages: the core in the editors' order, and the rest («Mere om temaet») in reading order across the
 * publications. The theme page and its handout both use this, so they never disagree.
 */
export async function temaContents(tema: Tema): Promise<{ kerne: KerneSide[]; more: SourcePage[] }> {
  const kerne = await temaKerne(tema);
  const inCore = new Set(kerne.map((k) => `${k.page.collection}:${k.page.id}`));
  const more = (await sortByReadingOrder(await pagesForTema(tema.id))).filter((p) => !inCore.has(`${p.collection}:${p.id}`));
  return { kerne, more };
}

/**
 * Stable, short keys for a page in a theme's handout and its address (?uden=…&med=…): the kind's letter (for a
 * chapter also its publication's number) and the slug, e.g. «k3-tema-1-ledelse», «e-odense-samarbejdsaftale».
 */
export async function handoutKeys(): Promise<(page: SourcePage) => string> {
  const orden = new Map((await publikationer()).map((p) => [p.id, p.data.orden]));
  const prefix = { kapitler: 'k', erfaringer: 'e', vaerktoejer: 'v' } as const;
  return (p) => `${prefix[p.collection]}${p.collection === 'kapitler' ? orden.get(p.data.publikation.id) : ''}-${p.id.split('/').pop()}`;
}

/** «5 kapitler, 8 erfaringer og 1 værktøj»: what a list of pages holds, by kind. */
export function kindCountsDa(pages: readonly SourcePage[]): string {
  const n = (c: SourcePage['collection']) => pages.filter((p) => p.collection === c).length;
  const parts = [
    [n('kapitler'), 'kapitel', 'kapitler'],
    [n('erfaringer'), 'erfaring', 'erfaringer'],
    [n('vaerktoejer'), 'værktøj', 'værktøjer'],
  ].filter(([count]) => count) as [number, string, string][];
  return listDa(parts.map(([count, one, other]) => countDa(count, one, other)));
}

export async function pagesForKommune(kommuneId: string): Promise<SourcePage[]> {
  return (await allPages()).filter((p) => p.data.kommuner.some((k) => k.id === kommuneId));
}

/** Position of a page in its publication, for stable sorting across lists. */
export async function sortByReadingOrder<T extends SourcePage>(pages: T[]): Promise<T[]> {
  const pubs = await publikationer();
  const rank = new Map<string, number>();
  for (const pub of pubs) {
    (await readingOrder(pub)).forEach((p, i) => rank.set(`${p.collection}:${p.id}`, pub.data.orden * 10000 + i));
  }
  return [...pages].sort((a, b) => (rank.get(`${a.collection}:${a.id}`) ?? 1e9) - (rank.get(`${b.collection}:${b.id}`) ?? 1e9));
}

export async function names<C extends 'temaer' | 'kommuner'>(collection: C, refs: { id: string }[]): Promise<string[]> {
  const out: string[] = [];
  for (const r of refs) {
    const e = await getEntry(collection, r.id);
    if (!e) throw new Error(`Ukendt reference til ${collection}: «${r.id}»`);
    out.push(e.collection === 'temaer' ? e.data.kortTitel : (e.data as Kommune['data']).navn);
  }
  return out;
}

/**
 * A core must start with the theme's introduction and hold only pages that name the theme, each once, with at
 * least one case and the exercise (a tool page) among them.
 */
async function kerneProblems(tema: Tema): Promise<string[]> {
  const where = `${tema.filePath ?? tema.id}, feltet «kerne»`;
  let kerne: KerneSide[];
  try { kerne = await temaKerne(tema); } catch (e) { return [(e as Error).message]; }
  const problems: string[] = [];
  const keys = kerne.map((k) => `${k.page.collection}:${k.page.id}`);
  keys.forEach((k, i) => { if (keys.indexOf(k) !== i) problems.push(`${where}: «${k}» står to gange`); });
  for (const { page } of kerne) {
    if (!page.data.temaer.some((t) => t.id === tema.id)) problems.push(`${where}: «${page.id}» har ikke temaet «${tema.id}» i sine temaer`);
  }
  const first = kerne[0]?.page;
  if (tema.data.introKapitel && !(first?.collection === 'kapitler' && first.id === tema.data.introKapitel.id)) {
    problems.push(`${where}: første side skal være temaets indledning «${tema.data.introKapitel.id}»`);
  }
  if (!kerne.some((k) => k.page.collection === 'erfaringer')) problems.push(`${where}: kernen skal have mindst én erfaring`);
  if (!kerne.some((k) => k.page.collection === 'vaerktoejer')) problems.push(`${where}: kernen skal have temaets øvelse (et værktøj)`);
  return problems;
}

let contentCheck: Promise<void> | undefined;

/**
 * Fails the build when a reference points at an entry that does not exist. Astro only logs these, and a
 * missing theme or kommune would otherwise surface as a confusing render error far from its cause.
 */
export function assertContent(): Promise<void> {
  contentCheck ??= (async () => {
    const problems: string[] = [];
    const ids = {
      temaer: new Set((await getCollection('temaer')).map((e) => e.id)),
      kommuner: new Set((await getCollection('kommuner')).map((e) => e.id)),
      publikationer: new Set((await getCollection('publikationer')).map((e) => e.id)),
      kapitler: new Set((await getCollection('kapitler')).map((e) => e.id)),
    };
    const check = (file: string | undefined, field: string, collection: keyof typeof ids, id: string) => {
      if (!ids[collection].has(id)) problems.push(`${file ?? '?'}, feltet «${field}»: «${id}» findes ikke i content/${collection}/`);
    };
    for (const page of await allPages()) {
      check(page.filePath, 'publikation', 'publikationer', page.data.publikation.id);
      page.data.temaer.forEach((t, i) => check(page.filePath, `temaer[${i}]`, 'temaer', t.id));
      page.data.kommuner.forEach((k, i) => check(page.filePath, `kommuner[${i}]`, 'kommuner', k.id));
    }
    for (const tema of await getCollection('temaer')) {
      check(tema.filePath, 'taglineKilde', 'publikationer', tema.data.taglineKilde.id);
      tema.data.kilder.forEach((k, i) => check(tema.filePath, `kilder[${i}].publikation`, 'publikationer', k.publikation.id));
      if (tema.data.introKapitel) check(tema.filePath, 'introKapitel', 'kapitler', tema.data.introKapitel.id);
      problems.push(...(await kerneProblems(tema)));
    }
    for (const web of await getCollection('spindelvaev')) {
      check(web.filePath, 'tema', 'temaer', web.data.tema.id);
      check(web.filePath, 'publikation', 'publikationer', web.data.publikation.id);
    }
    for (const pub of await getCollection('publikationer')) await readingOrder(pub);
    if (problems.length) throw new Error(`Indholdet henviser til noget, der ikke findes:\n  - ${problems.join('\n  - ')}`);
  })();
  return contentCheck;
}

/** The spider-web of a theme, if the theme has one (content/spindelvaev/<tema>.yaml). */
export async function webForTema(tema: string): Promise<CollectionEntry<'spindelvaev'> | undefined> {
  return (await getCollection('spindelvaev')).find((w) => w.data.tema.id === tema);
}

/** The same, for a `<Spindelvaev tema="…">` in content: a theme without a web fails the build with the tema named. */
export async function requireWebForTema(tema: string): Promise<CollectionEntry<'spindelvaev'>> {
  const web = await webForTema(tema);
  if (!web) throw new Error(`<Spindelvaev tema="${tema}">: der findes ingen content/spindelvaev/*.yaml med tema: ${tema}`);
  return web;
}
