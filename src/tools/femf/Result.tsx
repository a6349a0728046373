/** The session's result, read-only: the plenary summary on screen and the printed handout. */
import type { ReactNode } from 'react';
import { ACTION_FIELDS, ACTION_LABELS, isEmptyGroup, smartCount, smartGaps, type Session } from '../../lib/femf/document';
import { dateDa } from '../../lib/dates';
import { sourceLine, type MethodSource } from '../../lib/femf/source';
import type { PhaseContent } from './types';

type Level = 2 | 3;
const h = (n: number) => `h${Math.min(6, n)}` as 'h2';

function Empty() {
  return <p className="meta femf-empty">Intet noteret.</p>;
}

function Text({ value }: { value: string }) {
  return value.trim() ? <p className="femf-pre">{value}</p> : <Empty />;
}

interface Props {
  session: Session;
  phases: PhaseContent[];
  level: Level;
  source: MethodSource;
  /** The plenary text; off on screen, where the field below the result holds it. */
  withPlenary?: boolean;
}

export function Result({ session, phases, level, source, withPlenary = true }: Props) {
  const dateLabel = dateDa(session.createdAt);
  const H1 = h(level), H2 = h(level + 1), H3 = h(level + 2);
  const groups = session.groups;
  const many = groups.length > 1;
  const name = (i: number) => phases[i]?.navn ?? '';
  const per = (render: (g: (typeof groups)[number]) => ReactNode) =>
    groups.map((g) => (
      <div key={g.id} className="femf-result__group">
        {many && <H3>{g.name || 'Gruppe uden navn'}</H3>}
        {render(g)}
      </div>
    ));
  const actions = groups.flatMap((g) => g.actions.filter((a) => ACTION_FIELDS.some((f) => a[f].trim())).map((a) => ({ g, a })));
  const filled = <T extends { text: string }>(xs: T[]) => xs.filter((x) => x.text.trim());

  return (
    <div className="femf-result">
      <H1 className="femf-result__title">5F: {session.name}</H1>
      <p className="femf-result__source">{sourceLine(source)}</p>
      <p className="meta">{dateLabel}{session.theme ? `${dateLabel ? ' · ' : ''}Tema: ${session.theme}` : ''}{many ? ` · ${groups.length} grupper` : ''}</p>
      {groups.every(isEmptyGroup) && !session.plenary.trim() && <p>Der er endnu ikke noteret noget i denne session.</p>}

      <section className="femf-result__phase">
        <H2>1. {name(0)}: tema</H2>
        {per((g) => (g.theme || g.why ? (
          <dl className="femf-dl">
            <dt>Tema</dt><dd>{g.theme || '–'}</dd>
            <dt>Hvorfor det er vigtigt</dt><dd className="femf-pre">{g.why || '–'}</dd>
          </dl>
        ) : <Empty />))}
      </section>

      <section className="femf-result__phase">
        <H2>2. {name(1)}: guld</H2>
        {per((g) => (
          <>
            {filled(g.gold).length > 0 ? <ul className="femf-result__gold" aria-label="Guld">{filled(g.gold).map((x) => <li key={x.id}><span aria-hidden="true">★ </span>{x.text}</li>)}</ul> : <Empty />}
            {filled(g.learning).length > 0 && (
              <>
                <p className="femf-result__label">Læring af fejl</p>
                <ul aria-label="Læring af fejl">{filled(g.learning).map((x) => <li key={x.id}>{x.text}</li>)}</ul>
              </>
            )}
          </>
        ))}
      </section>

      <section className="femf-result__phase">
        <H2>3. {name(2)}: visionen</H2>
        {per((g) => <Text value={g.vision} />)}
      </section>

      <section className="femf-result__phase">
        <H2>4. {name(3)}: mål</H2>
        {per((g) => (g.goals.length > 0 ? (
          <ol className="femf-result__goals">
            {g.goals.map((goal) => (
              <li key={goal.id}>
                <span className="femf-pre">{goal.text || '(mål uden tekst)'}</span>{' '}
                <span className="meta">(SMART {smartCount(goal.smart)}/5{smartGaps(goal.smart) ? `; ${smartGaps(goal.smart)!.toLowerCase().replace(/\.$/, '')}` : ''})</span>
                {filled(goal.subGoals).length > 0 && <ul>{filled(goal.subGoals).map((s) => <li key={s.id}>Delmål: {s.text}</li>)}</ul>}
              </li>
            ))}
          </ol>
        ) : <Empty />))}
      </section>

      <section className="femf-result__phase">
        <H2>5. {name(4)}: handleplan</H2>
        {actions.length > 0 ? (
          <table className="femf-result__actions">
            <thead>
              <tr>
                {many && <th scope="col">Gruppe</th>}
                {ACTION_FIELDS.map((f) => <th key={f} scope="col">{ACTION_LABELS[f]}</th>)}
              </tr>
            </thead>
            <tbody>
              {actions.map(({ g, a }) => (
                <tr key={a.id}>
                  {many && <td>{g.name}</td>}
                  {ACTION_FIELDS.map((f) => <td key={f} className="femf-pre">{a[f]}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
        ) : <Empty />}
      </section>

      {withPlenary && session.plenary.trim() && (
        <section className="femf-result__phase">
          <H2>Fælles opsamling</H2>
          <p className="femf-pre">{session.plenary}</p>
        </section>
      )}
    </div>
  );
}
