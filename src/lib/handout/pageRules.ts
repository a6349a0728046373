/**
 * The handout's running header (the theme title) and footer (the page number). Margin boxes only take literal
 * strings, so the rules are written per theme into the page's <style>, as @page :left and :right (Chromium ignores
 * a selector list in @page). The page box itself (A4, margins 18/16/20 mm: 178 × 259 mm of text) is the site-wide
 * one in src/styles/print.css; Chromium lets that layered rule's margins win over these, so they set none, and
 * TEXT_AREA in paging.ts (what the page numbers are measured against) is that box.
 */
const cssString = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\r\n]+/g, ' ')}"`;

export function handoutPageRules(runningHead: string, footer: string): string {
  const small = "font-family: 'IBM Plex Sans', Arial, sans-serif; font-size: 8pt; color: #000;";
  const body = [
    `@top-center { content: ${cssString(runningHead)}; ${small} vertical-align: bottom; padding-bottom: 5mm; }`,
    `@bottom-left { content: ${cssString(footer)}; ${small} vertical-align: top; padding-top: 5mm; }`,
    `@bottom-right { content: "Side " counter(page) " af " counter(pages); ${small} vertical-align: top; padding-top: 5mm; }`,
  ].join(' ');
  return `@page :left { ${body} } @page :right { ${body} }`;
}
