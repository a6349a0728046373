/**
 * The page collections' schemas. A bad entry fails `astro build` with the file and the field named
 * (see docs/indhold.md). The tools' data schemas sit beside this file, one per tool.
 */
import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { sider, redaktionelleNoter } from './common';
import { spindelvaevOevelseSchema } from './spindelvaev';
import { femfSchema } from './femf';
import { borgerrejseSchema } from './borgerrejse';

const regioner = ['Region Hovedstaden', 'Region Sjælland', 'Region Syddanmark', 'Region Midtjylland', 'Region Nordjylland'] as const;

/** A publication: one of the five source texts. */
export const publikationerSchema = z.object({
  titel: z.string().min(1),
  undertitel: z.string().optional(),
  /** Short name for lists and breadcrumbs. */
  kortTitel: z.string().min(1),
  udgivere: z.array(z.string().min(1)).min(1),
  /** Null where the source gives no year and none can be inferred. */
  aar: z.number().int().min(1990).max(2030).nullable(),
  /** Why the year (or title) is what it is, when it is inferred rather than printed. */
  aarNote: z.string().optional(),
  titelUdledt: z.boolean().default(false),
  maalgruppe: z.string().min(1),
  beskrivelse: z.string().min(1),
  /** The raw source under content/sources/, committed unchanged. */
  kildefil: z.string().regex(/^[0-9]{3}_[0-9a-f]{16}\.txt$/, 'skal være filnavnet på kildeteksten i content/sources/'),
  /** True once every substantive line of the source is on the site; the fidelity test then checks it. */
  konverteret: z.boolean().default(false),
  /** Regular expressions for source boilerplate (running heads, author boxes) the fidelity test ignores. */
  kildestoej: z.array(z.string()).default([]),
  /** The reading order: every chapter, case and tool page of this publication, once. */
  indhold: z
    .array(
      z.union([
        z.object({ kapitel: reference('kapitler') }).strict(),
        z.object({ erfaring: reference('erfaringer') }).strict(),
        z.object({ vaerktoej: reference('vaerktoejer') }).strict(),
      ]),
    )
    .default([]),
  orden: z.number().int(),
  noter: redaktionelleNoter,
});

const sidefelter = {
  titel: z.string().min(1),
  /** One line shown in lists, on theme and municipality pages and in search. */
  resume: z.string().min(10).max(400),
  publikation: reference('publikationer'),
  sider: sider.optional(),
  temaer: z.array(reference('temaer')).default([]),
  kommuner: z.array(reference('kommuner')).default([]),
  noter: redaktionelleNoter,
};

/** A chapter or section in a publication's reading order. URL: /publikationer/<publikation>/<kapitel>/ */
export const kapitlerSchema = z.object({
  ...sidefelter,
  /** Kicker / label above the title, e.g. «Tema 1» or «Perspektiv: Chefer». */
  rubrik: z.string().optional(),
  /** Standfirst (manchet) shown under the title. */
  manchet: z.string().optional(),
  forfatter: z.string().optional(),
});

/** A municipality case. The page owns its text. URL: /erfaringer/<id>/ */
export const erfaringerSchema = z.object({
  ...sidefelter,
  kommuner: z.array(reference('kommuner')).min(1, 'en erfaring skal have mindst én kommune eller region'),
  rubrik: z.string().optional(),
  /** The case's standfirst from the source, shown as its lead. */
  manchet: z.string().optional(),
});

/** Why a chef should read a page of a theme's core: one plain Danish line. */
const hvorfor = z.string().min(20).max(200).describe('Hvorfor læse den: én linje til en chef');

/** A theme that gathers chapters, cases and tools across publications. */
export const temaerSchema = z.object({
  titel: z.string().min(1),
  kortTitel: z.string().min(1),
  /** One-line tagline, quoted from a source. */
  tagline: z.string().min(1),
  taglineKilde: reference('publikationer'),
  /** The names this theme has in each source (the merge is documented in docs/temaer.md). */
  kilder: z.array(z.object({ publikation: reference('publikationer'), navn: z.string().min(1) })).min(1),
  /** The chapter that introduces the theme, shown first on the theme page. */
  introKapitel: reference('kapitler').optional(),
  /**
   * The theme's core, chosen by the editors, in reading order: the introduction first, the chapters that carry
   * the theme, a few cases chosen for range, and the exercise. Each with a one-line reason a chef can read. The
   * core is the theme page's «Læs først» and the default handout; every other page of the theme is «Mere om temaet».
   */
  kerne: z
    .array(
      z.union([
        z.object({ kapitel: reference('kapitler'), hvorfor: hvorfor }).strict(),
        z.object({ erfaring: reference('erfaringer'), hvorfor: hvorfor }).strict(),
        z.object({ vaerktoej: reference('vaerktoejer'), hvorfor: hvorfor }).strict(),
      ]),
    )
    .min(3, 'et tema skal have en kerne: indledningen, de bærende sider og øvelsen'),
  orden: z.number().int(),
  /** Identity colour token (see src/styles/tokens.css). */
  farve: z.enum(['blaa', 'groen', 'okker', 'rod', 'lilla', 'petrol', 'brun', 'graa']),
});

/** A tool or method. URL: /vaerktoejer/<id>/ */
export const vaerktoejerSchema = z.object({
  ...sidefelter,
  formaal: z.string().optional(),
  varighed: z.string().nullable(),
  deltagere: z.string().nullable(),
  /** The interactive island this tool page embeds. */
  island: z.enum(['spindelvaev', 'femf', 'borgerrejse']).optional(),
  rubrik: z.string().optional(),
});

/** A municipality or region. */
export const kommunerSchema = z.object({
  navn: z.string().min(1),
  type: z.enum(['kommune', 'region', 'andet']).default('kommune'),
  region: z.enum(regioner).nullable(),
});

/** Data the islands are built from: the spider-web exercise, 5F phases, borgerrejse guidance. */
export const metodedataSchema = z.discriminatedUnion('type', [spindelvaevOevelseSchema, femfSchema, borgerrejseSchema]);

