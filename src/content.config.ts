/**
 * Wires each collection to its folder under content/ and its schema in src/schemas/.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import {
  erfaringerSchema,
  kapitlerSchema,
  kommunerSchema,
  metodedataSchema,
  publikationerSchema,
  temaerSchema,
  vaerktoejerSchema,
} from './schemas/collections';
import { spindelvaevSchema } from './schemas/spindelvaev';

const yaml = (base: string) => glob({ pattern: '*.yaml', base: `./content/${base}` });
const mdx = (base: string) => glob({ pattern: '**/*.mdx', base: `./content/${base}` });

export const collections = {
  publikationer: defineCollection({ loader: yaml('publikationer'), schema: publikationerSchema }),
  kapitler: defineCollection({ loader: mdx('kapitler'), schema: kapitlerSchema }),
  erfaringer: defineCollection({ loader: mdx('erfaringer'), schema: erfaringerSchema }),
  temaer: defineCollection({ loader: yaml('temaer'), schema: temaerSchema }),
  vaerktoejer: defineCollection({ loader: mdx('vaerktoejer'), schema: vaerktoejerSchema }),
  kommuner: defineCollection({ loader: yaml('kommuner'), schema: kommunerSchema }),
  spindelvaev: defineCollection({ loader: yaml('spindelvaev'), schema: spindelvaevSchema }),
  metodedata: defineCollection({ loader: yaml('metodedata'), schema: metodedataSchema }),
};
