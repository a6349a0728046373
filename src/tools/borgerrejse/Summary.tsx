/**
 * After the journey: where it went well and where it hurt, for the chef's reflection. Counts are written
 * out in words next to their icons, and each symbol has its own colour wherever it stands (✓ green, ✕ red),
 * so symbol, colour and word always agree and nothing depends on colour.
 */
import { useMemo } from 'react';
import { summarize, type EventTally } from '../../lib/borgerrejse/summary';
import type { Journey } from '../../lib/borgerrejse/model';
import { countDa as plural } from '../../lib/plural';
import { IconBad, IconGood } from './icons';
import { shorten, shown } from './labels';

const TOP = 5;

function Tally({ t }: { t: EventTally }) {
  return (
    <span className="br-tally">
      <span className="br-chip br-chip--roed"><IconBad /> {plural(t.red, 'dårlig', 'dårlige')}</span>{' '}
      <span className="br-chip br-chip--groen"><IconGood /> {plural(t.green, 'god', 'gode')}</span>
    </span>
  );
}

function TopList({ items, empty }: { items: EventTally[]; empty: string }) {
  if (items.length === 0) return <p className="meta">{empty}</p>;
  return (
    <ol className="br-top">
      {items.slice(0, TOP).map((t) => (
        <li key={t.eventId}>
          <a href={`#br-e-${t.eventId}`}>Begivenhed {t.position}</a>{t.when ? ` (${shown(t.when)})` : ''}: {shorten(t.text, 140)} <Tally t={t} />
        </li>
      ))}
    </ol>
  );
}

export function Summary({ journey }: { journey: Journey }) {
  const s = useMemo(() => summarize(journey), [journey]);
  if (s.events === 0) return null;
  return (
    <section className="br-summary" aria-labelledby="br-summary-title">
      <h3 id="br-summary-title">Efter rejsen: hvor gik det godt, og hvor gjorde det ondt?</h3>
      <p className="br-summary__totals">
        {plural(s.events, 'begivenhed', 'begivenheder')}
        {s.outsideOfficial > 0 && ` (heraf ${s.outsideOfficial} uden for den officielle tidslinje)`} ·{' '}
        <span className="br-inline br-chip br-chip--groen"><IconGood /> {plural(s.green, 'god oplevelse', 'gode oplevelser')}</span> ·{' '}
        <span className="br-inline br-chip br-chip--roed"><IconBad /> {plural(s.red, 'dårlig oplevelse', 'dårlige oplevelser')}</span>
        {s.withoutNotes > 0 && ` · ${plural(s.withoutNotes, 'begivenhed', 'begivenheder')} uden oplevelser`}
      </p>
      <div className="br-summary__cols">
        <div className="br-summary__col br-summary__col--roed">
          <h4><span className="br-chip br-chip--roed"><IconBad /></span> Hvor gjorde det ondt?</h4>
          <p className="hint">Begivenhederne med flest dårlige oplevelser.</p>
          <TopList items={s.hurt} empty="Ingen dårlige oplevelser er skrevet ned endnu." />
        </div>
        <div className="br-summary__col br-summary__col--groen">
          <h4><span className="br-chip br-chip--groen"><IconGood /></span> Hvor gik det godt?</h4>
          <p className="hint">Begivenhederne med flest gode oplevelser.</p>
          <TopList items={s.wentWell} empty="Ingen gode oplevelser er skrevet ned endnu." />
        </div>
      </div>
      <details className="br-summary__all">
        <summary>Alle begivenheder i tal</summary>
        <div className="br-table-wrap">
          <table>
            <caption className="visually-hidden">Gode og dårlige oplevelser for hver begivenhed</caption>
            <thead><tr><th scope="col">Nr.</th><th scope="col">Begivenhed</th><th scope="col">Dato eller periode</th><th scope="col">Gode</th><th scope="col">Dårlige</th></tr></thead>
            <tbody>
              {s.tallies.map((t) => (
                <tr key={t.eventId}>
                  <td>{t.position}</td>
                  <td>{shorten(t.text, 100)}{!t.official && <span className="meta"> (uden for den officielle tidslinje)</span>}</td>
                  <td>{shown(t.when)}</td>
                  <td>{t.green}</td>
                  <td>{t.red}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
