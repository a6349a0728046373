/**
 * One statement's rating: a radio group «ikke vurderet», 0, 1 … 10. Native radios, so Tab reaches the group,
 * the arrow keys change the value, and a tap or click works as well. «Ikke vurderet» keeps unrated apart from 0.
 */
import type { CSSProperties } from 'react';
import { SCALE_VALUES, type Statement } from '../../lib/spindelvaev/model';

interface Props {
  name: string;
  statement: Statement;
  value: number | undefined;
  onChange: (value: number | null) => void;
}

const VALUES: readonly (number | null)[] = [null, ...SCALE_VALUES];

export function RatingControl({ name, statement, value, onChange }: Props) {
  const current = value === undefined ? null : value;
  return (
    <fieldset className="sv-rating" data-statement={statement.number} data-statement-id={statement.id}>
      <legend>
        <span className="sv-num">{statement.number}</span> {statement.text}
      </legend>
      <div className="sv-rating__scale" style={{ '--sv-options': VALUES.length } as CSSProperties}>
        {VALUES.map((v) => (
          <label key={v ?? 'none'} className={`sv-rating__opt${v === null ? ' sv-rating__opt--none' : ''}`}>
            <input type="radio" name={name} value={v ?? ''} checked={current === v} onChange={() => onChange(v)} />
            {v === null ? <span><span aria-hidden="true">–</span><span className="visually-hidden">Ikke vurderet</span></span> : <span>{v}</span>}
          </label>
        ))}
      </div>
      <p className="sv-rating__status" aria-hidden="true">{current === null ? 'Ikke vurderet' : `Vurdering: ${current}`}</p>
    </fieldset>
  );
}
