/**
 * The journey as printed: its name, the day it was printed and the method it comes from, then a landscape
 * timeline that wraps onto as many A4 pages as it needs. Hidden on screen (the interactive timeline is hidden
 * in print instead). Each note shows its icon and label, and the kinds differ in border style, so the print
 * reads in black and white.
 */
import type { Journey } from '../../lib/borgerrejse/model';
import { dateDa, isoDayDa } from '../../lib/dates';
import { ExperienceIcon, IconBad, IconEvent, IconGood, IconOutside } from './icons';
import { EVENT_LABEL, KIND_LABEL, OUTSIDE_LABEL, shown } from './labels';

/** `source`: the method and publication the printout comes from (from content, via Mount.astro). */
export function PrintView({ journey, printedAt, source }: { journey: Journey; printedAt: Date; source: string }) {
  return (
    <div className="br-print">
      <h3 className="br-print__title">Borgerrejse: {shown(journey.name)}</h3>
      <p className="br-print__meta">
        Udskrevet <time dateTime={isoDayDa(printedAt)}>{dateDa(printedAt)}</time> · {source}
      </p>
      <p className="br-print__legend">
        <span><IconEvent /> {EVENT_LABEL} (gul)</span>
        <span><IconOutside /> {OUTSIDE_LABEL}</span>
        <span><IconGood /> {KIND_LABEL.groen}: fungerede godt (grøn)</span>
        <span><IconBad /> {KIND_LABEL.roed}: fungerede dårligt (rød)</span>
      </p>
      <ol className="br-print__row">
        {journey.events.map((ev, i) => (
          <li key={ev.id} className={`br-print__event${ev.official ? '' : ' br-print__event--outside'}`}>
            <div className="br-note br-note--gul">
              <p className="br-note__kind">{ev.official ? <IconEvent /> : <IconOutside />} {EVENT_LABEL} {i + 1}{!ev.official && ` · ${OUTSIDE_LABEL}`}</p>
              {ev.when && <p className="br-note__when">{shown(ev.when)}</p>}
              <p className="br-note__text">{shown(ev.text)}</p>
            </div>
            {ev.notes.map((note) => (
              <div key={note.id} className={`br-note br-note--${note.kind}`}>
                <p className="br-note__kind"><ExperienceIcon kind={note.kind} /> {KIND_LABEL[note.kind]}</p>
                <p className="br-note__text">{shown(note.text)}</p>
              </div>
            ))}
          </li>
        ))}
      </ol>
    </div>
  );
}
