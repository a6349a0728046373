/**
 * /soeg/ordliste.json: the words of every text on the site with their counts, built at build time. The search
 * uses it for letter folding («oekonomi» → «økonomi») and «Mente du …»; it is fetched only when searching.
 */
import { getCollection } from 'astro:content';
import { countWords } from '../../lib/search/vocabulary';

/**
 * MDX markup is not text: drop import/export lines, link targets and addresses (they spell «æ» as «ae»),
 * tags and attribute expressions.
 */
const stripMdx = (body: string) =>
  body
    .replace(/^(import|export) .*$/gm, ' ')
    .replace(/\]\([^)]*\)/g, '] ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/\S*\/\S*/g, ' ');

export async function GET() {
  const texts: string[] = [];
  for (const c of ['kapitler', 'erfaringer', 'vaerktoejer'] as const) {
    for (const e of await getCollection(c)) texts.push(e.data.titel, e.data.resume, stripMdx(e.body ?? ''));
  }
  for (const t of await getCollection('temaer')) texts.push(t.data.titel, t.data.kortTitel, t.data.tagline);
  for (const k of await getCollection('kommuner')) texts.push(k.data.navn);
  for (const p of await getCollection('publikationer')) texts.push(p.data.titel, p.data.kortTitel, p.data.beskrivelse, p.data.undertitel ?? '');
  const words = countWords(texts);
  return new Response(JSON.stringify({ words }), { headers: { 'Content-Type': 'application/json' } });
}
