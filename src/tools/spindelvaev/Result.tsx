/** The web beside the talk: the chart with its legend, and the numbers table that carries the same values. */
import { describeChange, type Series } from '../../lib/spindelvaev/rounds';
import { formatNumber, type StatementStats } from '../../lib/spindelvaev/aggregate';
import { SCALE, type Statement, type WebDef } from '../../lib/spindelvaev/model';
import { RadarChart, Swatch, styleFor } from './RadarChart';

interface Reveal { on: boolean; hasRounds: boolean; toggle: (on: boolean) => void }
interface ChartProps {
  uid: string; title: string; web: WebDef; ids: string[]; labels: string[]; dimensions: { navn: string; count: number }[]; statements: Statement[]; series: Series[];
  /** Offered once the team's numbers are shown (step 2 on) and more than one has rated; null otherwise (covert). */
  reveal: Reveal | null;
}

export function ResultPanel({ uid, title, web, ids, labels, dimensions, statements, series, reveal }: ChartProps) {
  const parts = series.map((s) => {
    const rated = statements.filter((st) => st.id in s.values);
    return `${s.label}: ${rated.length ? rated.map((st) => `${st.number}: ${formatNumber(s.values[st.id])}`).join(', ') : 'ingen vurderinger'}`;
  });
  const description = `Spindelvæv med ${ids.length} udsagn i ${dimensions.length} dimensioner, skala ${SCALE.min} til ${SCALE.max}. ${parts.length ? parts.join('. ') + '.' : 'Ingen vurderinger endnu.'} Tallene står også i tabellen.`;
  return (
    <section className="sv-result" aria-labelledby={`${uid}-result`}>
      <h3 id={`${uid}-result`}>{title}</h3>
      {reveal && (
        <div className="sv-reveal" data-no-print>
          <input type="checkbox" id={`${uid}-reveal`} checked={reveal.on} onChange={(e) => reveal.toggle(e.target.checked)} />
          <label htmlFor={`${uid}-reveal`}>Vis hver deltagers spindelvæv oven på gennemsnittet</label>
          {reveal.on && reveal.hasRounds && <p className="hint">De gemte runder vises igen, når I slår det fra.</p>}
        </div>
      )}
      <figure className="sv-figure">
        <RadarChart ids={ids} labels={labels} dimensions={dimensions} series={series} description={description} />
        <figcaption>
          {series.length === 0 ? <p className="meta">Spindelvævet er tomt. Det udfyldes, mens I vurderer.</p> : (
            <ul className="sv-legend" aria-label="Signaturforklaring">
              {series.map((s, i) => (
                <li key={s.key}><Swatch style={styleFor(series, i)} /> {s.label} <span className="visually-hidden">({styleFor(series, i).name})</span></li>
              ))}
            </ul>
          )}
          <ol className="sv-dimlist">
            {web.dimensioner.map((dim, di) => <li key={dim.navn}>{dim.navn}: udsagn {di + 1}.1–{di + 1}.{dim.udsagn.length}</li>)}
          </ol>
        </figcaption>
      </figure>
    </section>
  );
}

interface TableProps { uid: string; statements: Statement[]; columns: Series[]; showChange: boolean; statById: Record<string, StatementStats>; showSpread: boolean; disagree: string[]; delta: Record<string, number | null> }

export function NumbersTable({ uid, statements, columns, showChange, statById, showSpread, disagree, delta }: TableProps) {
  return (
    <div className="sv-tablewrap" tabIndex={0} role="region" aria-labelledby={`${uid}-caption`}>
      <table className="sv-table">
        <caption id={`${uid}-caption`}>Tallene i spindelvævet{showChange ? ' og ændringen fra gang til gang' : ''}</caption>
        <thead>
          <tr>
            <th scope="col">Nr.</th>
            <th scope="col">Udsagn</th>
            {columns.map((s) => <th scope="col" key={s.key}>{s.label}</th>)}
            {showSpread && <th scope="col">Spredning (min–max)</th>}
            {showChange && <th scope="col">Ændring</th>}
          </tr>
        </thead>
        <tbody>
          {statements.map((s) => {
            const st = statById[s.id]!;
            const hot = showSpread && disagree.includes(s.id);
            return (
              <tr key={s.id} className={hot ? 'sv-hot' : undefined}>
                <th scope="row">{s.number}</th>
                <td className="sv-table__text">{s.text}{hot && <> <strong className="sv-badge">Størst uenighed</strong></>}</td>
                {columns.map((x) => <td key={x.key} className="sv-table__n">{Object.hasOwn(x.values, s.id) ? formatNumber(x.values[s.id]) : <span title="Ikke vurderet">–<span className="visually-hidden"> ikke vurderet</span></span>}</td>)}
                {showSpread && <td className="sv-table__n">{st.n > 1 ? `${st.min}–${st.max}` : '–'}</td>}
                {showChange && <td className="sv-table__n">{describeChange(delta[s.id] ?? null)}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
