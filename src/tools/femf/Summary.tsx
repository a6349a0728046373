/** «Opsamling»: the groups' work phase by phase, the facilitator's plenary text (once: as the field) and print. */
import { useId } from 'react';
import { LIMITS, type Session } from '../../lib/femf/document';
import { setPlenary } from '../../lib/femf/edit';
import { Result } from './Result';
import type { MethodSource } from '../../lib/femf/source';
import type { PhaseContent } from './types';

function printPart(part: 'handout' | 'worksheet') {
  const cls = `femf-print-${part}`;
  const root = document.documentElement;
  root.classList.add(cls);
  window.addEventListener('afterprint', () => root.classList.remove(cls), { once: true });
  window.print();
}

interface Props { session: Session; phases: PhaseContent[]; source: MethodSource; onChange: (fn: (s: Session) => Session) => void }

export function Summary({ session, phases, source, onChange }: Props) {
  const uid = useId();
  return (
    <div className="femf-summary">
      <h3>Opsamling i plenum</h3>
      <p className="hint">Her er det, grupperne har noteret, samlet fase for fase. Skriv facilitatorens opsamling nederst, og udskriv resultatet som handout.</p>
      <div className="island-row">
        <button type="button" className="button button--primary" onClick={() => printPart('handout')}>Udskriv resultatet</button>
        <button type="button" className="button" onClick={() => printPart('worksheet')}>Udskriv tomt 5F-arbejdsark</button>
      </div>
      <Result session={session} phases={phases} level={3} source={source} withPlenary={false} />
      <div className="field femf-plenary">
        <label htmlFor={`${uid}-plenum`}>Facilitatorens opsamling og næste skridt</label>
        <textarea id={`${uid}-plenum`} rows={6} maxLength={LIMITS.plenary} value={session.plenary} onChange={(e) => { const text = e.target.value; onChange((s) => setPlenary(s, text)); }} />
      </div>
    </div>
  );
}
