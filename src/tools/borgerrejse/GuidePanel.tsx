/** The method's questions and note colours beside the timeline (text from content/metodedata/borgerrejse.yaml). */
import { ExperienceIcon, IconEvent } from './icons';

export interface Guide {
  farver: { id: 'gul' | 'groen' | 'roed'; betydning: string }[];
  interviewspoergsmaal: string[];
  aabneSpoergsmaal: string[];
  /** The method and its publication, for the printout: «Metode 4: Borgerrejse, «Tag på en rejse …» fra «…»». */
  kilde: string;
}

const LABEL = { gul: 'Gul: begivenhed', groen: 'Grøn: godt', roed: 'Rød: dårligt' } as const;

export function GuidePanel({ guide }: { guide: Guide }) {
  return (
    <details className="br-guide" open>
      <summary>Spørgsmål og farver fra metoden</summary>
      <div className="br-guide__body">
        <div>
          <h4>Spørg undervejs</h4>
          <ul>{guide.interviewspoergsmaal.map((q) => <li key={q}>{q}</li>)}</ul>
          <h4>Åbne spørgsmål</h4>
          <ul>{guide.aabneSpoergsmaal.map((q) => <li key={q}>{q}</li>)}</ul>
        </div>
        <dl className="br-guide__colours">
          {guide.farver.map((f) => (
            <div key={f.id} className={`br-guide__colour br-note--${f.id}`}>
              <dt>{f.id === 'gul' ? <IconEvent /> : <ExperienceIcon kind={f.id} />} {LABEL[f.id]}</dt>
              <dd>{f.betydning}</dd>
            </div>
          ))}
        </dl>
      </div>
    </details>
  );
}
