/**
 * Fidelity report for the publications (reads dist/, so build first):
 *   node scripts/fidelity.ts [publikation-id] [--missing N]
 * Prints coverage per publication, the artifacts found, and the first missing windows with source context.
 */
import { coverage, findArtifacts, normalise, stripBoilerplate } from '../src/lib/fidelity.ts';
import { mainText, publications, sourcePages, sourceText } from './lib/site.ts';

const args = process.argv.slice(2);
const only = args.find((a) => !a.startsWith('--'));
const nMissing = Number(args[args.indexOf('--missing') + 1]) || 15;
const pages = sourcePages().map((p) => ({ url: p.url, text: mainText(p.html) }));

for (const pub of publications()) {
  if (only && pub.id !== only) continue;
  const src = stripBoilerplate(sourceText(pub), pub.kildestoej);
  const cov = coverage(src, pages.map((p) => p.text));
  console.log(`${pub.id}${pub.konverteret ? '' : ' (ikke markeret konverteret)'}: ${(cov.ratio * 100).toFixed(2)} % (${cov.kept}/${cov.total} vinduer)`);
  if (only || pub.konverteret) {
    const normSrc = normalise(src);
    for (const w of cov.missing.slice(0, nMissing)) {
      const i = normSrc.indexOf(w);
      console.log(`   mangler: …${normSrc.slice(Math.max(0, i - 20), i)}[${w}]${normSrc.slice(i + 24, i + 44)}…`);
    }
    if (cov.missing.length > nMissing) console.log(`   … og ${cov.missing.length - nMissing} flere`);
  }
}
for (const p of pages) for (const hit of findArtifacts(p.text)) console.log(`ARTEFAKT ${p.url}: ${hit.name}: «${hit.excerpt.replace(/\n/g, ' ')}»`);
