/** The printed worksheet: step-2 notes, the three chosen statements, steps 4–5 and the plan. */
import type { SpindelDoc, Statement } from '../../lib/spindelvaev/model';

interface Props { uid: string; doc: SpindelDoc; statements: Statement[]; chosen: Statement[]; onScreen: boolean }

export function Worksheet({ uid, doc, statements, chosen, onScreen }: Props) {
  const noted = statements.filter((s) => doc.notes[s.id]);
  return (
    <section className={`sv-worksheet${onScreen ? '' : ' sv-worksheet--printonly'}`} aria-labelledby={`${uid}-ws`}>
      <h3 id={`${uid}-ws`}>Arbejdsark: det har vi drøftet, valgt og planlagt</h3>
      <h4>Jeres noter til vurderingerne (trin 2)</h4>
      {noted.length ? (
        <dl className="sv-worksheet__notes">
          {noted.map((s) => (
            <div key={s.id}><dt><span className="sv-num">{s.number}</span> {s.text}</dt><dd className="sv-pre">{doc.notes[s.id]}</dd></div>
          ))}
        </dl>
      ) : <p className="meta">Ingen noter.</p>}
      <h4>De tre udsagn, vi vil udvikle os på</h4>
      {chosen.length ? <ol>{chosen.map((s) => <li key={s.id}><span className="sv-num">{s.number}</span> {s.text}</li>)}</ol> : <p className="meta">Ikke valgt endnu.</p>}
      <h4>Det vil barnet/den unge og forældrene opleve</h4>
      <p className="sv-pre">{doc.noticed || '–'}</p>
      <h4>Det skal der til</h4>
      <p className="sv-pre">{doc.requires || '–'}</p>
      <h4>Plan</h4>
      {doc.plan.length ? (
        <table>
          <thead><tr><th scope="col">Hvad</th><th scope="col">Hvem</th><th scope="col">Hvornår</th></tr></thead>
          <tbody>{doc.plan.map((p) => <tr key={p.id}><td className="sv-pre">{p.what}</td><td>{p.who}</td><td>{p.when}</td></tr>)}</tbody>
        </table>
      ) : <p className="meta">Ingen plan endnu.</p>}
    </section>
  );
}
