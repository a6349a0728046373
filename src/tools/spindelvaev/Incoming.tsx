/** The prompt a participant's share link opens with: «Tilføj til teamet?», scrolled into view and focused. */
import { useEffect, useRef } from 'react';
import type { DecodeResult } from '../../lib/spindelvaev/code';

interface Props { result: DecodeResult; onAdd: () => void; onClose: () => void }

export function Incoming({ result, onAdd, onClose }: Props) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // The link lands here, not at the top of the page.
    box.current?.scrollIntoView({ block: 'center' });
    box.current?.focus({ preventScroll: true });
  }, []);
  return (
    <div ref={box} tabIndex={-1} className={`island-alert sv-incoming${result.ok ? '' : ' island-alert--error'}`} role={result.ok ? 'status' : 'alert'} data-no-print>
      {result.ok ? (
        <>
          <p>Linket indeholder vurderingerne fra <strong>{result.value.name || 'en deltager'}</strong> ({Object.keys(result.value.ratings).length} udsagn). Vil du tilføje dem til teamet på denne enhed?</p>
          <p className="island-row">
            <button type="button" className="button button--primary" onClick={onAdd}>Tilføj til teamet</button>
            <button type="button" className="button" onClick={onClose}>Nej tak</button>
          </p>
        </>
      ) : (
        <>
          <p><strong>Linkets kode kunne ikke bruges.</strong> {result.error}</p>
          <p><button type="button" className="button" onClick={onClose}>Luk beskeden</button></p>
        </>
      )}
    </div>
  );
}
