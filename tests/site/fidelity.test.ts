/** Every publication marked converted keeps ≥ 98 % of its source text and carries no extraction artifacts. */
import { describe, expect, it } from 'vitest';
import { coverage, findArtifacts, stripBoilerplate } from '../../src/lib/fidelity';
import { mainText, publications, sourcePages, sourceText } from '../../scripts/lib/site';

const pages = sourcePages().map((p) => ({ url: p.url, text: mainText(p.html) }));
const converted = publications().filter((p) => p.konverteret);

describe('fidelity to the sources', () => {
  it('has at least one converted publication', () => {
    expect(converted.length).toBeGreaterThan(0);
  });

  it.each(converted.map((p) => [p.id, p] as const))('%s keeps at least 98 %% of the source text', (_, pub) => {
    const cov = coverage(stripBoilerplate(sourceText(pub), pub.kildestoej), pages.map((p) => p.text));
    console.log(`gengivelse ${pub.id}: ${(cov.ratio * 100).toFixed(2)} % (${cov.kept}/${cov.total})`);
    expect(cov.ratio, `første manglende vinduer: ${cov.missing.slice(0, 5).join(', ')}`).toBeGreaterThanOrEqual(0.98);
  });

  it('no built page carries extraction artifacts', () => {
    const allPages = sourcePages().map((p) => ({ url: p.url, text: mainText(p.html, { skipEditorial: false }) }));
    const hits = allPages.flatMap((p) => findArtifacts(p.text).map((h) => `${p.url}: ${h.name}: «${h.excerpt}»`));
    expect(hits).toEqual([]);
  });
});
