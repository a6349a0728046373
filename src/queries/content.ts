/**
 * Queries over the content collections, shared by the pages. Everything here runs at build time.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { checkReadingOrder, toPageRefs, type PageRef } from '../lib/readingOrder';
import { sortDa } from '../lib/text';

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

/** A theme's pages in reading order: its intro chapter, its own pages and related pages from other publications. */
export async function temaContents(tema: Tema): Promise<{ intro?: Kapitel; own: SourcePage[]; related: SourcePage[] }> {
  const ownPubs = new Set(tema.data.kilder.map((k) => k.publikation.id));
  const intro = tema.data.introKapitel ? await getEntry('kapitler', tema.data.introKapitel.id) : undefined;
  const all = (await sortByReadingOrder(await pagesForTema(tema.id))).filter((p) => !(intro && p.collection === 'kapitler' && p.id === intro.id));
  return {
    intro,
    own: all.filter((p) => ownPubs.has(p.data.publikation.id)),
    related: all.filter((p) => !ownPubs.has(p.data.publikation.id)),
  };
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
