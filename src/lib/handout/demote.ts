/** Rewrites rendered HTML for a handout section (see Demoted.astro). Pure. */
export function demote(html: string, prefix: string): string {
  const p = (id: string) => `${prefix}--${id}`;
  // The page's top heading level becomes h3 (a case without ## headings starts with its h3 box labels), and
  // no heading goes more than one level below the one before it (some sources open with a ### before any ##).
  const levels = [...html.matchAll(/<h([1-6])(?=[\s>])/g)].map((m) => Number(m[1]));
  const shift = levels.length ? Math.max(0, 3 - Math.min(...levels)) : 0;
  let previous = 2;
  let open = 3;
  return html
    .replace(/<(\/?)h([1-6])(?=[\s>])/g, (_, slash: string, n: string) => {
      if (!slash) { open = Math.min(6, Number(n) + shift, previous + 1); previous = open; }
      return `<${slash}h${open}`;
    })
    .replace(/(\s(?:id|for))="([^"]+)"/g, (_, attr: string, id: string) => `${attr}="${p(id)}"`)
    .replace(/(\s(?:href|xlink:href))="#([^"]+)"/g, (_, attr: string, id: string) => `${attr}="#${p(id)}"`)
    .replace(/(\saria-(?:labelledby|describedby|controls|owns))="([^"]+)"/g, (_, attr: string, ids: string) =>
      `${attr}="${ids.trim().split(/\s+/).map(p).join(' ')}"`)
    .replace(/url\(#([^)\s]+)\)/g, (_, id: string) => `url(#${p(id)})`);
}
