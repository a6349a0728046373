/** Step 1: who is rating, one rating row per statement, and the team codes (share mine, add someone's). */
import { useRef } from 'react';
import { participantLabel, type Participant, type Statement, type WebDef } from '../../lib/spindelvaev/model';
import type { CodeWeb, DecodedCode } from '../../lib/spindelvaev/code';
import { RatingControl } from './RatingControl';
import { AddCode, ShareCode } from './TeamCodes';

interface Props {
  uid: string;
  web: WebDef;
  statements: Statement[];
  codeWeb: CodeWeb;
  participants: Participant[];
  active: Participant | undefined;
  activeIndex: number;
  ratedCount: number;
  pageUrl: string;
  onRate: (statementId: string, value: number | null) => void;
  onName: (name: string) => void;
  onNext: () => void;
  onAddCode: (decoded: DecodedCode) => string;
}

export function StepRate({ uid, web, statements, codeWeb, participants, active, activeIndex, ratedCount, pageUrl, onRate, onName, onNext, onAddCode }: Props) {
  const nameInput = useRef<HTMLInputElement>(null);
  const next = () => {
    onNext();
    nameInput.current?.focus();
  };
  return (
    <>
      <div className="sv-who">
        <div className="field">
          <label htmlFor={`${uid}-name`}>Hvem vurderer nu? <span className="hint">Navn eller initialer (valgfrit)</span></label>
          <input ref={nameInput} id={`${uid}-name`} type="text" maxLength={60} value={active?.name ?? ''} placeholder={active ? participantLabel(active, activeIndex) : `Deltager ${participants.length + 1}`} onChange={(e) => onName(e.target.value)} autoComplete="off" />
        </div>
        <p className="hint">
          Deler I én skærm? Vurdér på skift. Tryk «Næste deltager», når du er færdig: dine tal gemmes og skjules, og den næste starter med et tomt spindelvæv. Teamets samlede resultat ses fra trin 2.
        </p>
        <p className="island-row">
          <button type="button" className="button" onClick={next} disabled={!active || Object.keys(active.ratings).length === 0}>Næste deltager</button>
          {participants.length > 0 && <span className="meta">{ratedCount} {ratedCount === 1 ? 'deltager har' : 'deltagere har'} vurderet.</span>}
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
        <ShareCode web={codeWeb} participant={active} pageUrl={pageUrl} />
      </details>
      <details className="sv-team">
        <summary>Mødeleder: tilføj en deltagers kode</summary>
        <AddCode web={codeWeb} onAdd={onAddCode} />
      </details>
    </>
  );
}
