/**
 * Fidelity report for the publications (reads dist/, so build first):
 *   node scripts/fidelity.ts [publikation-id] [--missing N]
 * Prints, per publication, the share of source letters on its own pages, the missing stretches and the repeated
 * passages with their source line, and the extraction artifacts found on any page.
 */
import { MAX_HOLE, THRESHOLD, fidelity, findArtifacts, stripBoilerplate } from '../src/lib/fidelity.ts';
import { builtPages, mainText, publicationPages, publications, sourcePages, sourceText } from './lib/site.ts';

const args = process.argv.slice(2);
const flag = args.indexOf('--missing');
const nMissing = flag >= 0 ? Number(args[flag + 1]) : 15;
const only = args.find((a, i) => !a.startsWith('--') && i !== flag + 1);
const built = builtPages();
let failed = false;

for (const pub of publications()) {
  if (only && pub.id !== only) continue;
  const result = fidelity(stripBoilerplate(sourceText(pub), pub.kildestoej), publicationPages(pub, built), { unsourced: args.includes('--unsourced') });
  const ok = result.ratio >= THRESHOLD && result.repeated.length === 0 && result.missing.every((m) => m.letters <= MAX_HOLE);
  failed ||= pub.konverteret && !ok;
  console.log(`${pub.id}${pub.konverteret ? '' : ' (ikke markeret konverteret)'}: ${(result.ratio * 100).toFixed(2)} % `
    + `(${result.present}/${result.letters} bogstaver), ${result.missing.length} huller, ${result.repeated.length} gentagne passager`);
  const biggest = [...result.missing].sort((a, b) => b.letters - a.letters).slice(0, nMissing).sort((a, b) => a.line - b.line);
  for (const m of biggest) console.log(`   mangler (linje ${m.line}, ${m.letters} bogstaver): «${m.text.slice(0, 160)}»`);
  if (result.missing.length > biggest.length) console.log(`   … og ${result.missing.length - biggest.length} mindre huller`);
  for (const r of result.repeated) {
    console.log(`   GENTAGET (linje ${r.line}, ${r.onSite}× på siderne, ${r.inSource}× i kilden, ${r.urls.join(' ')}): «${r.text.slice(0, 160)}»`);
  }
  if (args.includes('--unsourced')) for (const u of result.unsourced) console.log(`   IKKE I KILDEN ${u.url}: «${u.text.slice(0, 200)}»`);
}
for (const p of sourcePages(built)) {
  for (const hit of findArtifacts(mainText(p.html, { skipEditorial: false }))) {
    console.log(`ARTEFAKT ${p.url}: ${hit.name}: «${hit.excerpt.replace(/\n/g, ' ')}»`);
  }
}
process.exitCode = failed ? 1 : 0;
