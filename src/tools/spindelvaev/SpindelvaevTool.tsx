/**
 * One theme's spider-web: rate (alone, in turn on one device, or each on their own), explain, choose three,
 * steps 4–6 and the plan, and dated rounds over time. Thin UI over src/lib/spindelvaev.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { usePersistentDocument } from '../shared/usePersistentDocument';
import { DataControls } from '../shared/DataControls';
import { makeFormat } from '../../lib/spindelvaev/format';
import { newId, participantLabel, rate, statementsOf, type PlanItem, type SpindelDoc, type WebDef } from '../../lib/spindelvaev/model';
import { aggregate, disagreements, formatNumber, meanRatings } from '../../lib/spindelvaev/aggregate';
import { checkChoice, CHOICES, toggleChoice } from '../../lib/spindelvaev/choice';
import { codeFromFragment, decodeRatings, type DecodedCode } from '../../lib/spindelvaev/code';
import { changes, chartSeries, describeChange, formatDate, roundLabel, saveRound, startNewAssessment } from '../../lib/spindelvaev/rounds';
import { RadarChart, Swatch, styleFor } from './RadarChart';
import { RatingControl } from './RatingControl';
import { AddCode, ShareCode } from './TeamCodes';

export interface ToolProps {
  web: WebDef;
  /** The six steps, verbatim from content/metodedata/spindelvaev-oevelse.yaml. */
  steps: string[];
  evaluation: string[];
}

const STEP_TITLES = ['Vurdér hver for sig', 'Forklar jeres vurderinger', 'Vælg tre udsagn', 'Hvad vil barnet og forældrene opleve?', 'Hvad skal der til?', 'Lav en plan'];

const today = () => new Date().toISOString().slice(0, 10);

/** Prints only the element with the given id (the worksheet or a blank worksheet). */
export function printOnly(targetId: string) {
  const target = document.getElementById(targetId);
  if (!target) return;
  target.classList.add('sv-print-target');
  document.documentElement.dataset.svPrint = 'on';
  const done = () => {
    target.classList.remove('sv-print-target');
    delete document.documentElement.dataset.svPrint;
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
}

export function SpindelvaevTool({ web, steps, evaluation }: ToolProps) {
  const format = useMemo(() => makeFormat(web), [web]);
  const doc = usePersistentDocument<SpindelDoc>(format, web.tema);
  const d = doc.data;
  const statements = useMemo(() => statementsOf(web), [web]);
  const ids = useMemo(() => statements.map((s) => s.id), [statements]);
  const dimensions = useMemo(() => web.dimensioner.map((x) => ({ navn: x.navn, count: x.udsagn.length })), [web]);
  const uid = useId();

  const [step, setStep] = useState(1);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [choiceError, setChoiceError] = useState('');
  const [roundDate, setRoundDate] = useState('');
  const [roundName, setRoundName] = useState('');
  const [incoming, setIncoming] = useState<{ code: string; result: ReturnType<typeof decodeRatings> } | null>(null);
  const [pageUrl, setPageUrl] = useState('');
  const [undoNew, setUndoNew] = useState<SpindelDoc | null>(null);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const moveFocus = useRef(false);

  useEffect(() => {
    setRoundDate(today());
    const url = new URL(window.location.href);
    url.hash = '';
    setPageUrl(url.toString());
    const code = codeFromFragment(window.location.hash);
    if (code) {
      setIncoming({ code, result: decodeRatings(web.tema, ids, code) });
      // The code has been read; keep it out of the address bar (and out of bookmarks and history).
      history.replaceState(null, '', url.pathname + url.search);
    }
  }, [web.tema, ids]);

  // The participant being rated: after loading, the last one (a person using the tool alone has one).
  const active = d.participants.find((p) => p.id === activeId);
  const activeIndex = active ? d.participants.indexOf(active) : -1;
  useEffect(() => {
    // Also after an import or another tab replaced the participants.
    if (!doc.loading && !active && d.participants.length > 0) setActiveId(d.participants.at(-1)!.id);
  }, [doc.loading, active, activeId, d.participants]);

  useEffect(() => {
    if (moveFocus.current) {
      moveFocus.current = false;
      stepHeading.current?.focus();
    }
  }, [step]);

  const stats = useMemo(() => aggregate(ids, d.participants), [ids, d.participants]);
  const statById = useMemo(() => Object.fromEntries(stats.map((s) => [s.id, s])), [stats]);
  const disagree = useMemo(() => disagreements(stats), [stats]);
  const ratedParticipants = d.participants.filter((p) => Object.keys(p.ratings).length > 0);
  const teamMode = step > 1;
  const currentLabel = teamMode
    ? ratedParticipants.length > 1 ? `I dag: teamets gennemsnit (${ratedParticipants.length} deltagere)` : 'I dag'
    : active ? `I dag: ${participantLabel(active, activeIndex)}` : 'I dag';
  const currentValues = useMemo(
    () => (teamMode ? meanRatings(stats) : active ? active.ratings : {}),
    [teamMode, stats, active],
  );
  const series = useMemo(() => chartSeries(d, ids, currentLabel, currentValues), [d, ids, currentLabel, currentValues]);
  const delta = useMemo(() => changes(series, ids), [series, ids]);
  // The table always has a column for today's assessment, empty until someone rates.
  const columns = useMemo(
    () => (series.some((s) => s.current) || Object.keys(currentValues).length ? series : [...series, { key: 'current', label: currentLabel, values: {}, current: true }]),
    [series, currentValues, currentLabel],
  );
  const showSpread = teamMode && ratedParticipants.length > 1;

  const say = (text: string, kind: 'ok' | 'error' = 'ok') => setMessage({ kind, text });

  const goTo = (n: number) => {
    moveFocus.current = true;
    setStep(n);
    setMessage(null);
  };
  const next = () => {
    if (step === 3) {
      const problem = checkChoice(d.chosen);
      if (problem) {
        setChoiceError(problem);
        return;
      }
    }
    goTo(Math.min(6, step + 1));
  };

  const onRate = (statementId: string, value: number | null) => {
    let pid = activeId;
    doc.update((prev) => {
      let next = prev;
      if (!pid || !next.participants.some((p) => p.id === pid)) {
        pid = newId('p');
        next = { ...next, participants: [...next.participants, { id: pid, name: '', ratings: {} }] };
      }
      return rate(next, pid, statementId, value);
    });
    setActiveId(pid);
  };

  const setName = (name: string) => {
    let pid = activeId;
    doc.update((prev) => {
      if (pid && prev.participants.some((p) => p.id === pid)) {
        return { ...prev, participants: prev.participants.map((p) => (p.id === pid ? { ...p, name } : p)) };
      }
      pid = newId('p');
      return { ...prev, participants: [...prev.participants, { id: pid, name, ratings: {} }] };
    });
    setActiveId(pid);
  };

  const nameInput = useRef<HTMLInputElement>(null);
  const nextParticipant = () => {
    const pid = newId('p');
    const keep = (p: SpindelDoc['participants'][number]) => p.id !== activeId || Object.keys(p.ratings).length > 0 || p.name.trim() !== '';
    const n = d.participants.filter(keep).length + 1;
    doc.update((prev) => ({ ...prev, participants: [...prev.participants.filter(keep), { id: pid, name: '', ratings: {} }] }));
    setActiveId(pid);
    nameInput.current?.focus();
    say(`Vurderingerne er gemt og skjult. Nu kan deltager ${n} vurdere – spindelvævet er tomt.`);
  };

  const removeParticipant = (id: string, label: string) => {
    if (!window.confirm(`Vil du fjerne ${label} og deres vurderinger fra teamet?`)) return;
    doc.update((prev) => ({ ...prev, participants: prev.participants.filter((p) => p.id !== id) }));
    if (id === activeId) setActiveId(null);
    say(`${label} er fjernet fra teamet.`);
  };

  const addDecoded = (decoded: DecodedCode): string => {
    const pid = newId('p');
    const name = decoded.name || `Deltager ${d.participants.length + 1}`;
    doc.update((prev) => ({ ...prev, participants: [...prev.participants, { id: pid, name, ratings: decoded.ratings }] }));
    return `${name}s vurderinger (${Object.keys(decoded.ratings).length} udsagn) er tilføjet. Teamet har nu ${d.participants.length + 1} deltagere.`;
  };

  const onChoose = (id: string) => {
    const r = toggleChoice(d.chosen, id);
    setChoiceError(r.error ?? '');
    if (r.chosen !== d.chosen) doc.update((prev) => ({ ...prev, chosen: r.chosen }));
  };

  const setText = (field: 'noticed' | 'requires', value: string) => doc.update((prev) => ({ ...prev, [field]: value }));
  const setNote = (id: string, value: string) =>
    doc.update((prev) => {
      const notes = { ...prev.notes };
      if (value) notes[id] = value;
      else delete notes[id];
      return { ...prev, notes };
    });
  const setPlan = (index: number, patch: Partial<PlanItem>) =>
    doc.update((prev) => ({ ...prev, plan: prev.plan.map((p, i) => (i === index ? { ...p, ...patch } : p)) }));

  const onSaveRound = () => {
    const r = saveRound(d, ids, roundDate, roundName);
    if (r.error) return say(r.error, 'error');
    doc.update(r.doc);
    setRoundName('');
    say(`Runden ${formatDate(roundDate)} er gemt. Den vises nu i spindelvævet og i tabellen.`);
  };
  const onNewAssessment = () => {
    if (!window.confirm('Start en ny vurdering? Vurderinger og noter ryddes; gemte runder, valg og plan bliver. Du kan fortryde lige bagefter.')) return;
    setUndoNew(d);
    doc.update(startNewAssessment(d));
    setActiveId(null);
    goTo(1);
    say('En ny vurdering er startet. De gemte runder vises stadig i spindelvævet.');
  };
  const deleteRound = (id: string, label: string) => {
    if (!window.confirm(`Vil du slette ${label}?`)) return;
    doc.update((prev) => ({ ...prev, rounds: prev.rounds.filter((r) => r.id !== id) }));
    say(`${label} er slettet.`);
  };

  const description = (() => {
    const parts = series.map((s) => {
      const rated = ids.filter((id) => id in s.values);
      return `${s.label}: ${rated.length ? rated.map((id) => `${id}: ${formatNumber(s.values[id])}`).join(', ') : 'ingen vurderinger'}`;
    });
    return `Spindelvæv med ${ids.length} udsagn i ${dimensions.length} dimensioner, skala 0 til 10. ${parts.length ? parts.join('. ') + '.' : 'Ingen vurderinger endnu.'} Tallene står også i tabellen.`;
  })();

  const worksheetId = `${uid}-worksheet`.replace(/:/g, '');
  const chosenStatements = d.chosen.map((id) => statements.find((s) => s.id === id)).filter((s) => s !== undefined);

  return (
    <div className="sv-tool" id={worksheetId}>
      <h2 className="sv-title">{web.titel}</h2>
      <p className="sv-print-meta print-only">Arbejdsark udskrevet {formatDate(today())}.</p>

      {incoming && (
        <div className={`island-alert${incoming.result.ok ? '' : ' island-alert--error'}`} role={incoming.result.ok ? 'status' : 'alert'} data-no-print>
          {incoming.result.ok ? (
            <>
              <p>Linket indeholder vurderingerne fra <strong>{incoming.result.value.name || 'en deltager'}</strong> ({Object.keys(incoming.result.value.ratings).length} udsagn). Vil du tilføje dem til teamet på denne enhed?</p>
              <p className="island-row">
                <button type="button" className="button button--primary" onClick={() => { if (incoming.result.ok) say(addDecoded(incoming.result.value)); setIncoming(null); }}>Tilføj til teamet</button>
                <button type="button" className="button" onClick={() => setIncoming(null)}>Nej tak</button>
              </p>
            </>
          ) : (
            <>
              <p><strong>Linkets kode kunne ikke bruges.</strong> {incoming.result.error}</p>
              <p><button type="button" className="button" onClick={() => setIncoming(null)}>Luk beskeden</button></p>
            </>
          )}
        </div>
      )}

      <nav className="sv-stepnav" aria-label="Øvelsens seks trin" data-no-print>
        <ol>
          {STEP_TITLES.map((t, i) => (
            <li key={t}>
              <button type="button" className="sv-stepnav__btn" aria-current={step === i + 1 ? 'step' : undefined} onClick={() => goTo(i + 1)}>
                <span className="sv-stepnav__n">{i + 1}</span> {t}
              </button>
            </li>
          ))}
        </ol>
      </nav>

      <div className="sv-layout">
        <section className="sv-panel" aria-labelledby={`${uid}-step`} data-no-print>
          <h3 id={`${uid}-step`} ref={stepHeading} tabIndex={-1}>Trin {step} af 6: {STEP_TITLES[step - 1]}</h3>
          <p className="sv-steptext">{steps[step - 1]}</p>

          {step === 1 && (
            <>
              <div className="sv-who">
                <div className="field">
                  <label htmlFor={`${uid}-name`}>Hvem vurderer nu? <span className="hint">Navn eller initialer (valgfrit)</span></label>
                  <input ref={nameInput} id={`${uid}-name`} type="text" maxLength={60} value={active?.name ?? ''} placeholder={active ? participantLabel(active, activeIndex) : `Deltager ${d.participants.length + 1}`} onChange={(e) => setName(e.target.value)} autoComplete="off" />
                </div>
                <p className="hint">
                  Deler I én skærm? Vurdér på skift. Tryk «Næste deltager», når du er færdig: dine tal gemmes og skjules, og den næste starter med et tomt spindelvæv. Teamets samlede resultat ses fra trin 2.
                </p>
                <p className="island-row">
                  <button type="button" className="button" onClick={nextParticipant} disabled={!active || Object.keys(active.ratings).length === 0}>Næste deltager</button>
                  {d.participants.length > 0 && <span className="meta">{ratedParticipants.length} {ratedParticipants.length === 1 ? 'deltager har' : 'deltagere har'} vurderet.</span>}
                </p>
              </div>
              {web.dimensioner.map((dim, di) => (
                <section key={dim.navn} className="sv-dim" aria-labelledby={`${uid}-dim${di}`}>
                  <h4 id={`${uid}-dim${di}`}>{di + 1}. {dim.navn}</h4>
                  {statements.filter((s) => s.dimension === di).map((s) => (
                    <RatingControl key={s.id} name={`${uid}-${active?.id ?? 'new'}-${s.id}`} statement={s} value={active?.ratings[s.id]} onChange={(v) => onRate(s.id, v)} />
                  ))}
                </section>
              ))}
              <details className="sv-team">
                <summary>Vurderer I på hver jeres enhed? Send din kode til mødelederen</summary>
                <ShareCode tema={web.tema} ids={ids} participant={active} pageUrl={pageUrl} />
              </details>
              <details className="sv-team">
                <summary>Mødeleder: tilføj en deltagers kode</summary>
                <AddCode tema={web.tema} ids={ids} onAdd={addDecoded} />
              </details>
            </>
          )}

          {step === 2 && (
            <>
              {ratedParticipants.length === 0 ? (
                <p className="island-alert">Ingen har vurderet endnu. Start i trin 1.</p>
              ) : (
                <p>
                  {ratedParticipants.length === 1 ? 'Én deltager har vurderet.' : `${ratedParticipants.length} deltagere har vurderet: ${ratedParticipants.map((p) => participantLabel(p, d.participants.indexOf(p))).join(', ')}.`}{' '}
                  {showSpread && (disagree.length ? `I er mest uenige om ${disagree.length === 1 ? 'udsagn' : 'udsagnene'} ${disagree.join(', ')} – start gerne dialogen dér.` : 'I er ret enige: ingen udsagn har en spredning på 3 point eller mere.')}
                </p>
              )}
              <ul className="sv-notes">
                {statements.map((s) => {
                  const st = statById[s.id]!;
                  const hot = disagree.includes(s.id);
                  return (
                    <li key={s.id} className={hot ? 'sv-hot' : undefined}>
                      <p className="sv-notes__head">
                        <span className="sv-num">{s.id}</span> {s.text}
                      </p>
                      <p className="meta">
                        {hot && <strong className="sv-badge">Størst uenighed</strong>}{' '}
                        {st.n === 0 ? 'Ikke vurderet.' : `Gennemsnit ${formatNumber(st.mean)}${st.n > 1 ? `, spredning ${st.min}–${st.max}` : ''} (${st.n} ${st.n === 1 ? 'vurdering' : 'vurderinger'}).`}
                      </p>
                      <label htmlFor={`${uid}-note-${s.id}`} className="visually-hidden">Noter til udsagn {s.id}</label>
                      <textarea id={`${uid}-note-${s.id}`} rows={2} value={d.notes[s.id] ?? ''} onChange={(e) => setNote(s.id, e.target.value)} placeholder="Hvad ligger bag jeres vurderinger?" maxLength={5000} />
                    </li>
                  );
                })}
              </ul>
              {d.participants.length > 0 && (
                <details className="sv-team">
                  <summary>Deltagere ({d.participants.length})</summary>
                  <ul className="sv-people">
                    {d.participants.map((p, i) => (
                      <li key={p.id}>
                        {participantLabel(p, i)} <span className="meta">({Object.keys(p.ratings).length} af {ids.length} udsagn vurderet)</span>{' '}
                        <button type="button" className="button button--danger sv-small" onClick={() => removeParticipant(p.id, participantLabel(p, i))}>Fjern<span className="visually-hidden"> {participantLabel(p, i)}</span></button>
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </>
          )}

          {step === 3 && (
            <fieldset className="sv-choose">
              <legend>Vælg præcis {CHOICES} udsagn, I vil udvikle jer på</legend>
              <p className="meta" aria-live="polite">Valgt: {d.chosen.length} af {CHOICES}.</p>
              <ul>
                {statements.map((s) => {
                  const st = statById[s.id]!;
                  return (
                    <li key={s.id}>
                      <input type="checkbox" id={`${uid}-choose-${s.id}`} checked={d.chosen.includes(s.id)} onChange={() => onChoose(s.id)} />{' '}
                      <label htmlFor={`${uid}-choose-${s.id}`}>
                        <span className="sv-num">{s.id}</span> {s.text}{' '}
                        <span className="hint">({st.mean === null ? 'ikke vurderet' : `gennemsnit ${formatNumber(st.mean)}`}{disagree.includes(s.id) ? ', størst uenighed' : ''})</span>
                      </label>
                    </li>
                  );
                })}
              </ul>
              <p role="alert" className="error-text sv-choice-error">{choiceError}</p>
            </fieldset>
          )}

          {(step === 4 || step === 5) && (
            <>
              <ChosenReminder chosen={chosenStatements} />
              <div className="field">
                <label htmlFor={`${uid}-text${step}`}>{step === 4 ? 'Det vil barnet/den unge og forældrene opleve, at vi gør anderledes' : 'Det skal der til'}</label>
                <textarea id={`${uid}-text${step}`} rows={6} maxLength={5000} value={step === 4 ? d.noticed : d.requires} onChange={(e) => setText(step === 4 ? 'noticed' : 'requires', e.target.value)} />
              </div>
            </>
          )}

          {step === 6 && (
            <>
              <ChosenReminder chosen={chosenStatements} />
              {d.plan.length === 0 && <p className="hint">Skriv hvad I vil gøre, hvem der gør det, og hvornår.</p>}
              <ol className="sv-plan">
                {d.plan.map((p, i) => (
                  <li key={i}>
                    <fieldset>
                      <legend>Punkt {i + 1} i planen</legend>
                      <div className="field">
                        <label htmlFor={`${uid}-what${i}`}>Hvad</label>
                        <textarea id={`${uid}-what${i}`} rows={2} maxLength={5000} value={p.what} onChange={(e) => setPlan(i, { what: e.target.value })} />
                      </div>
                      <div className="sv-plan__row">
                        <div className="field">
                          <label htmlFor={`${uid}-who${i}`}>Hvem</label>
                          <input id={`${uid}-who${i}`} type="text" maxLength={500} value={p.who} onChange={(e) => setPlan(i, { who: e.target.value })} />
                        </div>
                        <div className="field">
                          <label htmlFor={`${uid}-when${i}`}>Hvornår</label>
                          <input id={`${uid}-when${i}`} type="text" maxLength={200} value={p.when} onChange={(e) => setPlan(i, { when: e.target.value })} placeholder="fx uge 12" />
                        </div>
                      </div>
                      <button type="button" className="button button--danger sv-small" onClick={() => { doc.update((prev) => ({ ...prev, plan: prev.plan.filter((_, j) => j !== i) })); say(`Punkt ${i + 1} er fjernet fra planen.`); }}>Fjern punkt {i + 1}</button>
                    </fieldset>
                  </li>
                ))}
              </ol>
              <button type="button" className="button" onClick={() => doc.update((prev) => ({ ...prev, plan: [...prev.plan, { what: '', who: '', when: '' }] }))}>Tilføj et punkt til planen</button>
            </>
          )}

          <p className="island-row sv-nextprev">
            {step > 1 && <button type="button" className="button" onClick={() => goTo(step - 1)}>Forrige trin</button>}
            {step < 6 && <button type="button" className="button button--primary" onClick={next}>Næste trin</button>}
            {step === 6 && <button type="button" className="button button--primary" onClick={() => printOnly(worksheetId)}>Udskriv arbejdsark</button>}
          </p>
        </section>

        <section className="sv-result" aria-labelledby={`${uid}-result`}>
          <h3 id={`${uid}-result`}>{teamMode ? 'Teamets spindelvæv' : active ? `Spindelvæv: ${participantLabel(active, activeIndex)}` : 'Jeres spindelvæv'}</h3>
          <figure className="sv-figure">
            <RadarChart ids={ids} dimensions={dimensions} series={series} description={description} />
            <figcaption>
              {series.length === 0 ? <p className="meta">Spindelvævet er tomt. Det udfyldes, mens I vurderer.</p> : (
                <ul className="sv-legend" aria-label="Signaturforklaring">
                  {series.map((s, i) => (
                    <li key={s.key}><Swatch style={styleFor(series, i)} /> {s.label} <span className="visually-hidden">({styleFor(series, i).name})</span></li>
                  ))}
                </ul>
              )}
              <ol className="sv-dimlist">
                {web.dimensioner.map((dim, di) => (
                  <li key={dim.navn}>{dim.navn}: udsagn {di + 1}.1–{di + 1}.{dim.udsagn.length}</li>
                ))}
              </ol>
            </figcaption>
          </figure>

        </section>
      </div>

      <div className="sv-tablewrap" tabIndex={0} role="region" aria-labelledby={`${uid}-caption`}>
        <table className="sv-table">
          <caption id={`${uid}-caption`}>Tallene i spindelvævet{series.length > 1 ? ' og ændringen fra gang til gang' : ''}</caption>
          <thead>
            <tr>
              <th scope="col">Nr.</th>
              <th scope="col">Udsagn</th>
              {columns.map((s) => <th scope="col" key={s.key}>{s.label}</th>)}
              {showSpread && <th scope="col">Spredning (min–max)</th>}
              {series.length > 1 && <th scope="col">Ændring</th>}
            </tr>
          </thead>
          <tbody>
            {statements.map((s) => {
              const st = statById[s.id]!;
              const hot = showSpread && disagree.includes(s.id);
              return (
                <tr key={s.id} className={hot ? 'sv-hot' : undefined}>
                  <th scope="row">{s.id}</th>
                  <td className="sv-table__text">{s.text}{hot && <> <strong className="sv-badge">Størst uenighed</strong></>}</td>
                  {columns.map((x) => <td key={x.key} className="sv-table__n">{id_in(x.values, s.id) ? formatNumber(x.values[s.id]) : <span title="Ikke vurderet">–<span className="visually-hidden"> ikke vurderet</span></span>}</td>)}
                  {showSpread && <td className="sv-table__n">{st.n > 1 ? `${st.min}–${st.max}` : '–'}</td>}
                  {series.length > 1 && <td className="sv-table__n">{describeChange(delta[s.id] ?? null)}</td>}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <section className={`sv-worksheet${step === 6 ? '' : ' sv-worksheet--printonly'}`} aria-labelledby={`${uid}-ws`}>
        <h3 id={`${uid}-ws`}>Arbejdsark: det har vi valgt og planlagt</h3>
        <h4>De tre udsagn, vi vil udvikle os på</h4>
        {chosenStatements.length ? <ol>{chosenStatements.map((s) => <li key={s.id}><span className="sv-num">{s.id}</span> {s.text}</li>)}</ol> : <p className="meta">Ikke valgt endnu.</p>}
        <h4>Det vil barnet/den unge og forældrene opleve</h4>
        <p className="sv-pre">{d.noticed || '–'}</p>
        <h4>Det skal der til</h4>
        <p className="sv-pre">{d.requires || '–'}</p>
        <h4>Plan</h4>
        {d.plan.length ? (
          <table>
            <thead><tr><th scope="col">Hvad</th><th scope="col">Hvem</th><th scope="col">Hvornår</th></tr></thead>
            <tbody>{d.plan.map((p, i) => <tr key={i}><td className="sv-pre">{p.what}</td><td>{p.who}</td><td>{p.when}</td></tr>)}</tbody>
          </table>
        ) : <p className="meta">Ingen plan endnu.</p>}
      </section>

      <section className="sv-rounds" aria-labelledby={`${uid}-rounds`} data-no-print>
        <h3 id={`${uid}-rounds`}>Løbende evaluering: gem runder over tid</h3>
        {evaluation.map((t) => <p key={t} className="sv-steptext">{t}</p>)}
        <div className="sv-plan__row">
          <div className="field">
            <label htmlFor={`${uid}-rdate`}>Rundens dato</label>
            <input id={`${uid}-rdate`} type="date" value={roundDate} onChange={(e) => setRoundDate(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={`${uid}-rname`}>Navn <span className="hint">(valgfrit, fx «Start» eller «Efter et halvt år»)</span></label>
            <input id={`${uid}-rname`} type="text" maxLength={80} value={roundName} onChange={(e) => setRoundName(e.target.value)} />
          </div>
        </div>
        <p className="island-row">
          <button type="button" className="button button--primary" onClick={onSaveRound}>Gem vurderingen som runde</button>
          <button type="button" className="button" onClick={onNewAssessment} disabled={d.participants.length === 0}>Start en ny vurdering</button>
          {undoNew && <button type="button" className="button" onClick={() => { doc.update(undoNew); setUndoNew(null); say('Den nye vurdering er fortrudt; de tidligere vurderinger er tilbage.'); }}>Fortryd ny vurdering</button>}
        </p>
        {d.rounds.length > 0 && (
          <ul className="sv-roundlist">
            {d.rounds.map((r) => (
              <li key={r.id}>
                {roundLabel(r)} <span className="meta">– {r.participants} {r.participants === 1 ? 'deltager' : 'deltagere'}</span>{' '}
                <button type="button" className="button button--danger sv-small" onClick={() => deleteRound(r.id, roundLabel(r))}>Slet<span className="visually-hidden"> {roundLabel(r)}</span></button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <p className="island-status sv-message" role="status" aria-live="polite" data-no-print>
        {message && <span className={message.kind === 'error' ? 'island-status--error' : undefined}>{message.text}</span>}
      </p>

      <div className="island-row sv-printrow" data-no-print>
        <button type="button" className="button" onClick={() => printOnly(worksheetId)}>Udskriv arbejdsark</button>
        <button type="button" className="button" onClick={() => printOnly(`sv-blank-${web.tema}`)}>Udskriv tomt arbejdsark</button>
      </div>

      <DataControls format={format} doc={doc} deleteLabel="Slet alt i dette spindelvæv" confirmText={`Vil du slette alle vurderinger, noter, planen og runderne for «${web.titel}» i denne browser? Du kan fortryde lige bagefter.`} />
    </div>
  );
}

function id_in(values: Record<string, number>, id: string): boolean {
  return Object.prototype.hasOwnProperty.call(values, id);
}

function ChosenReminder({ chosen }: { chosen: { id: string; text: string }[] }) {
  if (!chosen.length) return <p className="island-alert">I har ikke valgt tre udsagn endnu (trin 3).</p>;
  return (
    <div className="sv-reminder">
      <p className="meta">Jeres tre udsagn:</p>
      <ol>{chosen.map((s) => <li key={s.id}><span className="sv-num">{s.id}</span> {s.text}</li>)}</ol>
    </div>
  );
}
