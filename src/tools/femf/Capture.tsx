/** Capture: per group and per phase, what the room says. Everything works by keyboard. */
import { useId } from 'react';
import type { Group, Session } from '../../lib/femf/document';
import { setGroupText, updateList, type GroupText } from '../../lib/femf/edit';
import { useFocusAfterRender } from './hooks';
import { Tabs, panelId, tabId } from './Tabs';
import { ItemList, TextField } from './Fields';
import { Goals } from './Goals';
import { ActionPlan } from './ActionPlan';
import type { Announce, PhaseContent } from './types';

interface Props {
  session: Session;
  phases: PhaseContent[];
  phaseIndex: number;
  onPhase: (i: number) => void;
  groupId: string;
  onGroup: (id: string) => void;
  onChange: (fn: (s: Session) => Session) => void;
  announce: Announce;
}

export function Capture({ session, phases, phaseIndex, onPhase, groupId, onGroup, onChange, announce }: Props) {
  const uid = useId();
  const focusLater = useFocusAfterRender();
  const group = session.groups.find((g) => g.id === groupId) ?? session.groups[0]!;
  const phase = phases[phaseIndex] ?? phases[0]!;
  const gid = `${uid}-${group.id}`;
  const field = (k: GroupText) => (v: string) => onChange((s) => setGroupText(s, group.id, k, v));
  const list = (k: 'gold' | 'learning') => (fn: (xs: Group[typeof k]) => Group[typeof k]) => onChange((s) => updateList(s, group.id, k, fn));

  return (
    <div className="femf-capture">
      <h3>Notér i faserne</h3>
      {session.groups.length > 1 && (
        <div className="field femf-group-pick">
          <label htmlFor={`${uid}-gruppe`}>Gruppe</label>
          <select id={`${uid}-gruppe`} value={group.id} onChange={(e) => onGroup(e.target.value)}>
            {session.groups.map((g) => <option key={g.id} value={g.id}>{g.name || 'Gruppe uden navn'}</option>)}
          </select>
        </div>
      )}
      <Tabs label="Faser" idBase={`${uid}-faser`} tabs={phases.map((p, i) => ({ id: String(i), label: `${i + 1}. ${p.navn}` }))} value={String(phaseIndex)} onChange={(id) => onPhase(Number(id))} />
      <div role="tabpanel" id={panelId(`${uid}-faser`)} aria-labelledby={tabId(`${uid}-faser`, String(phaseIndex))} className="femf-capture__panel">
        <h4>{phase.navn}{session.groups.length > 1 ? `: ${group.name}` : ''}</h4>
        <details className="femf-about">
          <summary>Om fasen og spørgsmålene</summary>
          <p>{phase.beskrivelse}</p>
        </details>
        {phase.spoergsmaal.length > 0 && <ul className="femf-questions">{phase.spoergsmaal.map((q) => <li key={q}>{q}</li>)}</ul>}
        {phase.id === 'fokuser' && (
          <>
            <TextField id={`${gid}-tema`} label="Det valgte tema" multiline={false} hint={session.theme ? `Sessionens tema: ${session.theme}` : undefined} value={group.theme} onValue={field('theme')} />
            <TextField id={`${gid}-hvorfor`} label="Hvorfor er det vigtigt for jer?" value={group.why} onValue={field('why')} />
          </>
        )}
        {phase.id === 'forstaa' && (
          <div className="femf-two">
            <section aria-labelledby={`${gid}-guld-h`}>
              <h5 id={`${gid}-guld-h`}><span aria-hidden="true">★ </span>Guld: det, der virker</h5>
              <ItemList idBase={`${gid}-guld`} label="Guld" addLabel="Tilføj guld" items={group.gold} onItems={list('gold')} announce={announce} focusLater={focusLater} />
            </section>
            <section aria-labelledby={`${gid}-laering-h`}>
              <h5 id={`${gid}-laering-h`}><span aria-hidden="true">↻ </span>Læring af fejl</h5>
              <p className="hint">En særlig kategori, hvis I også vil lære af det, der gik skævt.</p>
              <ItemList idBase={`${gid}-laering`} label="Læring af fejl" addLabel="Tilføj læring" items={group.learning} onItems={list('learning')} announce={announce} focusLater={focusLater} />
            </section>
          </div>
        )}
        {phase.id === 'forestil' && (
          <TextField id={`${gid}-vision`} label="Visionen, som om I er der" hint="Skriv i nutid, fx «Vi mødes hver uge, og …»: hvordan ser det ud, hvad gør I, og hvordan kom I dertil?" rows={8} value={group.vision} onValue={field('vision')} />
        )}
        {phase.id === 'fastslaa' && <Goals idBase={`${gid}-maal`} groupId={group.id} goals={group.goals} onChange={onChange} announce={announce} focusLater={focusLater} />}
        {phase.id === 'frigoer' && <ActionPlan idBase={`${gid}-handling`} groupId={group.id} rows={group.actions} onChange={onChange} announce={announce} focusLater={focusLater} />}
        <div className="island-row femf-capture__nav">
          {phaseIndex > 0 && <button type="button" className="button" onClick={() => { onPhase(phaseIndex - 1); focusLater(tabId(`${uid}-faser`, String(phaseIndex - 1))); }}><span aria-hidden="true">← </span>{phases[phaseIndex - 1]!.navn}</button>}
          {phaseIndex < phases.length - 1 && <button type="button" className="button" onClick={() => { onPhase(phaseIndex + 1); focusLater(tabId(`${uid}-faser`, String(phaseIndex + 1))); }}>{phases[phaseIndex + 1]!.navn}<span aria-hidden="true"> →</span></button>}
        </div>
      </div>
    </div>
  );
}
