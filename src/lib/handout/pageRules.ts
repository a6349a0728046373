/**
 * The handout's page box: A4 with 170 × 255 mm of text, the theme title as running header and the page number
 * in the footer. Margin boxes only take literal strings, so the rules are written per theme into the page's
 * <style>. They are given as @page :left and :right (Chromium ignores a selector list in @page); the pseudo-classes
 * outrank the site-wide @page in print.css, and the cover's @page :first (handout.print.css) outranks them.
 * Keep the margins in step with PAGE in src/browser/handout.ts (the page estimate).
 */
const cssString = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\r\n]+/g, ' ')}"`;

export function handoutPageRules(runningHead: string, footer: string): string {
  const small = "font-family: 'IBM Plex Sans', Arial, sans-serif; font-size: 8pt; color: #000;";
  const body = [
    'size: A4; margin: 22mm 20mm 20mm;',
    `@top-center { content: ${cssString(runningHead)}; ${small} vertical-align: bottom; padding-bottom: 5mm; }`,
    `@bottom-left { content: ${cssString(footer)}; ${small} vertical-align: top; padding-top: 5mm; }`,
    `@bottom-right { content: "Side " counter(page) " af " counter(pages); ${small} vertical-align: top; padding-top: 5mm; }`,
  ].join(' ');
  return `@page :left { ${body} } @page :right { ${body} }`;
}
