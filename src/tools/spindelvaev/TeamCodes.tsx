/**
 * Team work without a server: a participant shares their ratings as a code or a link (the code sits in the URL
 * fragment, which the browser never sends), and the facilitator adds codes to the team on their device.
 */
import { useId, useState } from 'react';
import { decodeRatings, encodeRatings, fragmentFor, type CodeWeb, type DecodedCode } from '../../lib/spindelvaev/code';
import type { Participant } from '../../lib/spindelvaev/model';

interface ShareProps { web: CodeWeb; participant: Participant | undefined; pageUrl: string }

export function ShareCode({ web, participant, pageUrl }: ShareProps) {
  const codeId = useId();
  const linkId = useId();
  const [copied, setCopied] = useState('');
  if (!participant || Object.keys(participant.ratings).length === 0) {
    return <p className="hint">Når du har vurderet, vises din kode her.</p>;
  }
  const code = encodeRatings(web, participant.ratings, participant.name);
  const link = pageUrl + fragmentFor(code);
  const copy = async (text: string, what: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(`${what} er kopieret. Send den til mødelederen, fx i en chat eller mail.`);
    } catch {
      setCopied(`${what} kunne ikke kopieres automatisk. Markér den og kopiér den selv.`);
    }
  };
  return (
    <div className="sv-share">
      <div className="field">
        <label htmlFor={codeId}>Din kode</label>
        <input id={codeId} type="text" readOnly value={code} className="sv-code" onFocus={(e) => e.currentTarget.select()} />
      </div>
      <div className="field">
        <label htmlFor={linkId}>Eller som link</label>
        <input id={linkId} type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
      </div>
      <p className="island-row">
        <button type="button" className="button" onClick={() => void copy(code, 'Koden')}>Kopiér koden</button>
        <button type="button" className="button" onClick={() => void copy(link, 'Linket')}>Kopiér linket</button>
      </p>
      <p className="hint">Koden indeholder kun dine tal og dit navn. Den sendes ikke nogen steder, før du selv sender den.</p>
      <p role="status" aria-live="polite" className="hint">{copied}</p>
    </div>
  );
}

interface AddProps { web: CodeWeb; onAdd: (decoded: DecodedCode) => string }

export function AddCode({ web, onAdd }: AddProps) {
  const inputId = useId();
  const errorId = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const [done, setDone] = useState('');
  const submit = (e: { preventDefault: () => void }) => {
    e.preventDefault();
    const r = decodeRatings(web, text);
    if (!r.ok) {
      setError(r.error);
      setDone('');
      return;
    }
    setError('');
    setDone(onAdd(r.value));
    setText('');
  };
  return (
    <form className="sv-add" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={inputId}>Deltagerens kode eller link</label>
        <input id={inputId} type="text" value={text} onChange={(e) => setText(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={error ? errorId : undefined} autoComplete="off" spellCheck={false} />
      </div>
      <button type="submit" className="button">Tilføj til teamet</button>
      <p role="status" aria-live="polite" className="island-status">
        {error ? <span id={errorId} className="island-status--error">Koden blev ikke tilføjet: {error}</span> : done}
      </p>
    </form>
  );
}
