/**
 * The citizen journey (borgerrejse) island: several named journeys, each a timeline of events with green
 * and red experience notes, guidance from the method, a summary for reflection, print and data controls.
 * Thin UI over src/lib/borgerrejse (every change is a named operation there); guidance text comes from
 * content/metodedata/borgerrejse.yaml. Nothing is interactive until the saved journeys are read, so nothing
 * typed on a slow connection can be lost.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import '../shared/island.css';
import './borgerrejse.css';
import './borgerrejse.print.css';
import { usePersistentDocument } from '../shared/usePersistentDocument';
import { borgerrejseFormat, LIMITS, type BorgerrejseDoc } from '../../lib/borgerrejse/model';
import { activeJourney, addEvent, mapJourney } from '../../lib/borgerrejse/operations';
import { planAction, type FocusTarget, type NoticeAt, type TimelineAction } from '../../lib/borgerrejse/actions';
import { newId } from '../../lib/ids';
import { Timeline } from './Timeline';
import { EventForm } from './forms';
import { Summary } from './Summary';
import { PrintView } from './PrintView';
import { GuidePanel, type Guide } from './GuidePanel';
import { JourneyBar } from './JourneyBar';
import { Notice, type NoticeState } from './Notice';
import { BorgerrejseData } from './BorgerrejseData';
import { usePrint } from './usePrint';
import { shown } from './labels';

export type { Guide };

/** The element a focus request names; ids are compared as data, never put into a CSS selector. */
function focusTarget(root: HTMLElement, target: FocusTarget): HTMLElement | null {
  if (target === 'add') return root.querySelector<HTMLElement>('#br-add textarea');
  if (target === 'journey') return root.querySelector<HTMLElement>('#br-journey-select, .br-form--name input');
  const item = Array.from(root.querySelectorAll<HTMLElement>('[data-event-id]')).find((el) => el.dataset.eventId === target.eventId);
  return item?.querySelector<HTMLElement>(`[data-act="${target.act}"]`) ?? null;
}

export default function Borgerrejse({ guide }: { guide: Guide }) {
  const doc = usePersistentDocument(borgerrejseFormat);
  const { update } = doc;
  const [notice, setNotice] = useState<NoticeState | null>(null);
  const rootRef = useRef<HTMLElement>(null);
  const addTextRef = useRef<HTMLTextAreaElement>(null);
  const dataRef = useRef(doc.data);
  const pendingFocus = useRef<FocusTarget | null>(null);
  const print = usePrint();

  useEffect(() => { dataRef.current = doc.data; });
  useEffect(() => {
    if (!pendingFocus.current || !rootRef.current) return;
    const el = focusTarget(rootRef.current, pendingFocus.current);
    pendingFocus.current = null;
    el?.focus();
  });

  const announce = useCallback((text: string, at: NoticeAt, undo?: NoticeState['undo'], undoAt?: NoticeAt) => {
    setNotice((m) => ({ text, at, undo, undoAt, n: (m?.n ?? 0) + 1 }));
  }, []);

  const onAction = useCallback((a: TimelineAction) => {
    const j = activeJourney(dataRef.current);
    const plan = j && planAction(j, a);
    if (!plan) return;
    if (plan.change) update(plan.change);
    if (plan.focus) pendingFocus.current = plan.focus;
    announce(plan.message, plan.at, plan.undo, plan.undoAt);
  }, [update, announce]);

  const onJourneyChange = useCallback((change: (d: BorgerrejseDoc) => BorgerrejseDoc, message: string, focus: FocusTarget, undo?: NoticeState['undo']) => {
    update(change);
    pendingFocus.current = focus;
    announce(message, { kind: 'journeys' }, undo);
  }, [update, announce]);

  const journey = activeJourney(doc.data);
  const eventHint = guide.interviewspoergsmaal[0];
  const noteHint = guide.interviewspoergsmaal[1] ?? guide.interviewspoergsmaal[0];
  const full = journey ? journey.events.length >= LIMITS.events : false;
  const noticeFor = (kind: NoticeAt['kind']) => (notice && notice.at.kind === kind ? (
    <Notice
      key={notice.n} notice={notice}
      onUndo={() => { if (notice.undo) update(notice.undo); announce('Det er fortrudt.', notice.undoAt ?? notice.at); }}
      onClose={() => setNotice(null)}
    />
  ) : null);
  const timelineNotice = notice && (notice.at.kind === 'event' || notice.at.kind === 'gone') ? { at: notice.at, node: noticeFor(notice.at.kind) } : null;

  return (
    <section ref={rootRef} className={`island br${journey && journey.events.length ? '' : ' br--empty'}`} aria-labelledby="br-title">
      <h2 id="br-title">Borgerrejsen</h2>
      <p className="br-privacy" data-no-print>
        <strong>Dine data bliver her.</strong> Det, du skriver, gemmes kun i denne browser på denne enhed og sendes ingen steder hen,
        medmindre du selv eksporterer en fil. Skriv ikke CPR-numre eller fulde navne: brug dæknavne.
      </p>
      <div className="br-status visually-hidden"><p role="status" aria-live="polite">{notice && <span key={notice.n}>{notice.text}</span>}</p></div>

      {doc.loading ? (
        <p className="meta br-loading">Henter dine rejser …</p>
      ) : (
        <>
          <JourneyBar doc={doc.data} journey={journey} onChange={onJourneyChange} notice={noticeFor('journeys')} />
          {journey && (
            <>
              <div data-no-print><GuidePanel guide={guide} /></div>
              <div className="br-timeline-head" data-no-print>
                <h3>Tidslinje for «{shown(journey.name)}»</h3>
                {journey.events.length > 3 && <a className="br-skip" href="#br-add">Gå til «Ny begivenhed»</a>}
              </div>
              <p className="hint" data-no-print>
                Begivenhederne står i rækkefølge. Flyt en begivenhed ved at trække i nummeret til venstre, med pilene ↑ ↓ eller ved at rette dens plads.
              </p>
              {journey.events.length === 0 && <p className="br-empty" data-no-print>Ingen begivenheder endnu. Skriv den første nedenfor.</p>}
              <div data-no-print><Timeline events={journey.events} onAction={onAction} eventHint={eventHint} noteHint={noteHint} notice={timelineNotice} /></div>
              <div id="br-add" className="br-add" data-no-print>
                <h4>Ny begivenhed</h4>
                {guide.aabneSpoergsmaal.length > 0 && (
                  <p className="hint br-add__open">Åbne spørgsmål undervejs: {guide.aabneSpoergsmaal.map((q) => `«${q}»`).join(' ')}</p>
                )}
                {full && <p className="error-text">Rejsen har {LIMITS.events} begivenheder, som er det højeste antal. Opret en ny rejse for at fortsætte.</p>}
                <EventForm
                  key={journey.id} mode="add" total={journey.events.length} hint={eventHint} textRef={addTextRef} disabled={full}
                  onSubmit={(v) => {
                    const jid = journey.id;
                    const id = newId('b');
                    update((prev) => mapJourney(prev, jid, (x) => addEvent(x, v, id)));
                    announce(`Begivenhed ${journey.events.length + 1} er tilføjet.`, { kind: 'add' });
                  }}
                />
                {noticeFor('add')}
              </div>
              <PrintView journey={journey} printedAt={print.at} source={guide.kilde} />
              <Summary journey={journey} />
              <div className="island-row br-print-buttons" data-no-print>
                <button type="button" className="button" onClick={() => print.run('rejse')} disabled={journey.events.length === 0}>Udskriv rejsen</button>
                <button type="button" className="button" onClick={() => print.run('ark')}>Udskriv tomt arbejdsark</button>
              </div>
            </>
          )}
          <BorgerrejseData doc={doc} />
        </>
      )}
    </section>
  );
}
