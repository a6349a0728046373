/**
 * One theme's spider-web: rate (alone, in turn on one device, or each on their own), explain, choose three,
 * steps 4–6 and the plan, and dated rounds over time. Holds the UI state; every document change is a named
 * function in src/lib/spindelvaev/operations.ts. The web stays in view beside the steps (sticky).
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { usePersistentDocument } from '../shared/usePersistentDocument';
import { DataControls } from '../shared/DataControls';
import { StatusLine, useStatus } from '../shared/status';
import { makeFormat } from '../../lib/spindelvaev/format';
import { participantLabel, statementsOf, webFingerprint, type SpindelDoc, type WebDef } from '../../lib/spindelvaev/model';
import { aggregate, disagreements, meanRatings } from '../../lib/spindelvaev/aggregate';
import { checkChoice, toggleChoice } from '../../lib/spindelvaev/choice';
import { decodeRatings, type DecodedCode, type DecodeResult } from '../../lib/spindelvaev/code';
import { changes, chartSeries, formatDate, revealedSeries, saveRound, startNewAssessment } from '../../lib/spindelvaev/rounds';
import * as op from '../../lib/spindelvaev/operations';
import { dateDa } from '../../lib/dates';
import { StepRate } from './StepRate';
import { StepDiscuss } from './StepDiscuss';
import { StepChoose, StepPlan, StepText } from './StepPlan';
import { NumbersTable, ResultPanel } from './Result';
import { Worksheet } from './Worksheet';
import { Rounds } from './Rounds';
import { Incoming } from './Incoming';
import { printOnly } from './print';

export interface ToolProps {
  web: WebDef;
  /** The six steps, verbatim from content/metodedata/spindelvaev-oevelse.yaml. */
  steps: string[];
  evaluation: string[];
  /** A participant's code from the page address (#deltager=…), read once by the island. */
  incomingCode?: string | null;
}

const STEP_TITLES = ['Vurdér hver for sig', 'Forklar jeres vurderinger', 'Vælg tre udsagn', 'Hvad vil barnet og forældrene opleve?', 'Hvad skal der til?', 'Lav en plan'];

export function SpindelvaevTool({ web, steps, evaluation, incomingCode = null }: ToolProps) {
  const format = useMemo(() => makeFormat(web), [web]);
  const doc = usePersistentDocument<SpindelDoc>(format, web.tema);
  const status = useStatus();
  const d = doc.data;
  const statements = useMemo(() => statementsOf(web), [web]);
  const ids = useMemo(() => statements.map((s) => s.id), [statements]);
  const numbers = useMemo(() => statements.map((s) => s.number), [statements]);
  const codeWeb = useMemo(() => ({ tema: web.tema, ids, fingerprint: webFingerprint(web) }), [web, ids]);
  const dimensions = useMemo(() => web.dimensioner.map((x) => ({ navn: x.navn, count: x.udsagn.length })), [web]);
  const uid = useId();

  const [step, setStep] = useState(1);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [choiceError, setChoiceError] = useState('');
  /** Each participant's own web over the mean: only when the group chooses to reveal them (step 2 on). */
  const [reveal, setReveal] = useState(false);
  const [incoming, setIncoming] = useState<DecodeResult | null>(() => (incomingCode ? decodeRatings(codeWeb, incomingCode) : null));
  const [pageUrl, setPageUrl] = useState('');
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const moveFocus = useRef(false);

  useEffect(() => {
    const url = new URL(window.location.href);
    url.hash = '';
    setPageUrl(url.toString());
  }, []);

  // The participant being rated: after loading (or an import, or another window), the last one.
  const active = d.participants.find((p) => p.id === activeId);
  const activeIndex = active ? d.participants.indexOf(active) : -1;
  useEffect(() => {
    if (!doc.loading && !active && d.participants.length > 0) setActiveId(d.participants.at(-1)!.id);
  }, [doc.loading, active, d.participants]);

  useEffect(() => {
    if (moveFocus.current) {
      moveFocus.current = false;
      stepHeading.current?.focus();
    }
  }, [step]);

  const stats = useMemo(() => aggregate(ids, d.participants), [ids, d.participants]);
  const statById = useMemo(() => Object.fromEntries(stats.map((s) => [s.id, s])), [stats]);
  const disagree = useMemo(() => disagreements(stats), [stats]);
  const rated = d.participants.filter((p) => Object.keys(p.ratings).length > 0);
  const teamMode = step > 1;
  const currentLabel = teamMode
    ? rated.length > 1 ? `I dag: teamets gennemsnit (${rated.length} deltagere)` : 'I dag'
    : active ? `I dag: ${participantLabel(active, activeIndex)}` : 'I dag';
  const currentValues = useMemo(() => (teamMode ? meanRatings(stats) : active ? active.ratings : {}), [teamMode, stats, active]);
  // A team of two or more in steps 2–6: its spread is shown, and each person's own web may be revealed.
  const showSpread = teamMode && rated.length > 1;
  const revealed = showSpread && reveal;
  const overTime = useMemo(() => chartSeries(d, ids, currentLabel, currentValues), [d, ids, currentLabel, currentValues]);
  const series = useMemo(() => (revealed ? revealedSeries(d.participants, currentLabel, currentValues) : overTime), [revealed, d.participants, currentLabel, currentValues, overTime]);
  const delta = useMemo(() => changes(overTime, ids), [overTime, ids]);
  // The table always has a column for today's assessment, empty until someone rates.
  const columns = series.some((s) => s.current) || Object.keys(currentValues).length ? series : [...series, { key: 'current', label: currentLabel, values: {}, current: true }];
  const chosen = d.chosen.map((id) => statements.find((s) => s.id === id)).filter((s) => s !== undefined);
  const say = status.say;

  const goTo = (n: number) => {
    // The status line (and an offered undo) stays: moving between steps is not a new action.
    moveFocus.current = true;
    setStep(n);
  };
  const next = () => {
    const problem = step === 3 ? checkChoice(d.chosen) : null;
    if (problem) return setChoiceError(problem);
    goTo(Math.min(6, step + 1));
  };

  /** Applies an operation that may create the active participant, and follows it. */
  const asActive = (fn: (prev: SpindelDoc) => { doc: SpindelDoc; id: string }) => {
    let id = activeId;
    doc.update((prev) => { const r = fn(prev); id = r.id; return r.doc; });
    setActiveId(id);
  };
  const onNext = () => {
    let n = 0;
    asActive((prev) => { const r = op.nextParticipant(prev, activeId); n = r.number; return r; });
    say(`Vurderingerne er gemt og skjult. Nu kan deltager ${n} vurdere – spindelvævet er tomt.`);
  };
  const onRemove = (id: string, label: string) => {
    if (!window.confirm(`Vil du fjerne ${label} og deres vurderinger fra teamet?`)) return;
    const before = d;
    doc.update((prev) => op.removeParticipant(prev, id));
    if (id === activeId) setActiveId(null);
    say(`${label} er fjernet fra teamet.`, 'ok', { label: 'Fortryd', run: () => doc.update(before), done: `${label} er tilbage i teamet.` });
  };
  const addDecoded = (decoded: DecodedCode): string => {
    const r = op.addFromCode(d, decoded);
    if ('error' in r) return r.error;
    doc.update(r.doc);
    return `${r.name}s vurderinger (${Object.keys(decoded.ratings).length} udsagn) er tilføjet. Teamet har nu ${r.doc.participants.length} deltagere.`;
  };
  const onChoose = (id: string) => {
    const r = toggleChoice(d.chosen, id);
    setChoiceError(r.error ?? '');
    doc.update((prev) => op.setChosen(prev, r.chosen));
  };
  const onSaveRound = (date: string, label: string): boolean => {
    const r = saveRound(d, ids, date, label);
    if (r.error) { say(r.error, 'error'); return false; }
    doc.update(r.doc);
    say(`Runden ${formatDate(date)} er gemt. Den vises nu i spindelvævet og i tabellen.`);
    return true;
  };
  const onNewAssessment = () => {
    if (!window.confirm('Start en ny vurdering? Vurderinger og noter ryddes; gemte runder, valg og plan bliver. Du kan fortryde lige bagefter.')) return;
    const before = d;
    doc.update(startNewAssessment(d));
    setActiveId(null);
    goTo(1);
    say('En ny vurdering er startet. De gemte runder vises stadig i spindelvævet.', 'ok', { label: 'Fortryd ny vurdering', run: () => doc.update(before), done: 'Den nye vurdering er fortrudt; de tidligere vurderinger er tilbage.' });
  };
  const onDeleteRound = (id: string, label: string) => {
    if (!window.confirm(`Vil du slette ${label}?`)) return;
    const before = d;
    doc.update((prev) => op.deleteRound(prev, id));
    say(`${label} er slettet.`, 'ok', { label: 'Fortryd sletning', run: () => doc.update(before), done: `${label} er tilbage.` });
  };
  const onImport = (imported: SpindelDoc) => {
    const r = op.mergeImport(d, imported);
    doc.update(r.doc);
    return op.importMessage(r.summary);
  };

  const worksheetId = `${uid}-worksheet`.replace(/:/g, '');
  const panelTitle = teamMode ? 'Teamets spindelvæv' : active ? `Spindelvæv: ${participantLabel(active, activeIndex)}` : 'Jeres spindelvæv';

  return (
    <div className="sv-tool" id={worksheetId}>
      <h2 className="sv-title">{web.titel}</h2>
      <p className="sv-print-meta print-only">Arbejdsark udskrevet {dateDa(new Date())}.</p>
      {incoming && <Incoming result={incoming} onAdd={() => { if (incoming.ok) say(addDecoded(incoming.value)); setIncoming(null); }} onClose={() => setIncoming(null)} />}

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
            <StepRate uid={uid} web={web} statements={statements} codeWeb={codeWeb} participants={d.participants} active={active} activeIndex={activeIndex} ratedCount={rated.length} pageUrl={pageUrl}
              onRate={(sid, v) => asActive((prev) => op.rateAs(prev, activeId, sid, v))} onName={(name) => asActive((prev) => op.renameParticipant(prev, activeId, name))} onNext={onNext} onAddCode={addDecoded} />
          )}
          {step === 2 && (
            <StepDiscuss uid={uid} statements={statements} statById={statById} disagree={disagree} participants={d.participants} notes={d.notes} showSpread={showSpread}
              onNote={(sid, text) => doc.update((prev) => op.setNote(prev, sid, text))} onRemove={onRemove} />
          )}
          {step === 3 && <StepChoose uid={uid} statements={statements} statById={statById} disagree={disagree} chosen={d.chosen} error={choiceError} onToggle={onChoose} />}
          {(step === 4 || step === 5) && <StepText uid={uid} step={step} doc={d} chosen={chosen} onText={(field, v) => doc.update((prev) => op.setStepText(prev, field, v))} />}
          {step === 6 && (
            <StepPlan uid={uid} plan={d.plan} chosen={chosen} onAdd={() => doc.update((prev) => op.addPlanItem(prev))} onChange={(id, patch) => doc.update((prev) => op.updatePlanItem(prev, id, patch))}
              onRemove={(id, i) => { doc.update((prev) => op.removePlanItem(prev, id)); say(`Punkt ${i + 1} er fjernet fra planen.`); }} />
          )}
          <p className="island-row sv-nextprev">
            {step > 1 && <button type="button" className="button" onClick={() => goTo(step - 1)}>Forrige trin</button>}
            {step < 6 && <button type="button" className="button button--primary" onClick={next}>Næste trin</button>}
            {step === 6 && <button type="button" className="button button--primary" onClick={() => printOnly(worksheetId)}>Udskriv arbejdsark</button>}
          </p>
        </section>
        <ResultPanel uid={uid} title={panelTitle} web={web} ids={ids} labels={numbers} dimensions={dimensions} statements={statements} series={series}
          reveal={showSpread ? { on: revealed, hasRounds: d.rounds.length > 0, toggle: setReveal } : null} />
      </div>

      <NumbersTable uid={uid} statements={statements} columns={columns} showChange={!revealed && series.length > 1} statById={statById} showSpread={showSpread} disagree={disagree} delta={delta} />
      <Worksheet uid={uid} doc={d} statements={statements} chosen={chosen} onScreen={step === 6} />
      <Rounds uid={uid} evaluation={evaluation} rounds={d.rounds} canStartNew={d.participants.length > 0} onSave={onSaveRound} onStartNew={onNewAssessment} onDelete={onDeleteRound} />
      <StatusLine status={status} saveError={doc.saveError} savedAt={doc.savedAt} className="sv-message" />

      <div className="island-row sv-printrow" data-no-print>
        <button type="button" className="button" onClick={() => printOnly(worksheetId)}>Udskriv arbejdsark</button>
        <button type="button" className="button" onClick={() => printOnly(`sv-blank-${web.tema}`)}>Udskriv tomt arbejdsark</button>
      </div>

      <DataControls format={format} doc={doc} status={status} onImport={onImport} deleteLabel="Slet alt i dette spindelvæv" confirmText={`Vil du slette alle vurderinger, noter, planen og runderne for «${web.titel}» i denne browser? Du kan fortryde lige bagefter.`} />
    </div>
  );
}
