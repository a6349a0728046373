/** Finds the one værktøj page that embeds `island`, for that island's own route. */
import { getCollection } from 'astro:content';
import type { Vaerktoej } from './content';

export async function toolWithIsland(island: NonNullable<Vaerktoej['data']['island']>, routeId: string): Promise<Vaerktoej> {
  const tools = (await getCollection('vaerktoejer')).filter((t) => t.data.island === island);
  if (tools.length !== 1 || tools[0]!.id !== routeId) {
    throw new Error(
      `Øen «${island}» har sin egen side src/pages/vaerktoejer/${routeId}.astro og skal bruges af præcis én fil, content/vaerktoejer/${routeId}.mdx (fundet: ${tools.map((t) => t.id).join(', ') || 'ingen'})`,
    );
  }
  return tools[0]!;
}
