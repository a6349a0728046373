/**
 * The spider-web island. On a theme page it holds that theme's web; on /vaerktoejer/spindelvaev/ it holds all six
 * and lets you pick the theme (also via ?tema=<id>). Each theme has its own saved document.
 */
import { useEffect, useId, useState } from 'react';
import type { WebDef } from '../../lib/spindelvaev/model';
import { codeFromFragment } from '../../lib/spindelvaev/code';
import { SpindelvaevTool } from './SpindelvaevTool';
import '../shared/island.css';
import './spindelvaev.css';
import './spindelvaev.print.css';

export interface IslandWeb extends WebDef { temaTitel: string }

interface Props {
  webs: IslandWeb[];
  steps: string[];
  evaluation: string[];
  /** True on the tool page: a theme picker, and ?tema= in the address. */
  pickable: boolean;
}

export default function SpindelvaevIsland({ webs, steps, evaluation, pickable }: Props) {
  const pickerId = useId();
  const [tema, setTema] = useState(webs[0]!.tema);
  /** Until the address has been read, no web is mounted: the fragment must reach the theme the link is for. */
  const [ready, setReady] = useState(false);
  const [incomingCode, setIncomingCode] = useState<string | null>(null);

  useEffect(() => {
    const wanted = new URLSearchParams(window.location.search).get('tema');
    if (pickable && wanted && webs.some((w) => w.tema === wanted)) setTema(wanted);
    const code = codeFromFragment(window.location.hash);
    if (code) {
      setIncomingCode(code);
      // The code has been read; keep it out of the address bar (and out of bookmarks and history).
      history.replaceState(null, '', window.location.pathname + window.location.search);
    }
    setReady(true);
  }, [pickable, webs]);

  const choose = (next: string) => {
    setTema(next);
    setIncomingCode(null);
    const url = new URL(window.location.href);
    url.searchParams.set('tema', next);
    history.replaceState(null, '', url.pathname + url.search + url.hash);
  };

  const web = webs.find((w) => w.tema === tema) ?? webs[0]!;
  return (
    <div className="island sv" data-tema={web.tema}>
      {pickable && ready && (
        <div className="field sv-picker" data-no-print>
          <label htmlFor={pickerId}>Vælg tema</label>
          <select id={pickerId} value={web.tema} onChange={(e) => choose(e.target.value)}>
            {webs.map((w) => <option key={w.tema} value={w.tema}>{w.temaTitel}</option>)}
          </select>
          <span className="hint">Hvert tema har sit eget spindelvæv, og vurderingerne gemmes for sig.</span>
        </div>
      )}
      {ready ? <SpindelvaevTool key={web.tema} web={web} steps={steps} evaluation={evaluation} incomingCode={incomingCode} /> : <p className="sv-loading">Spindelvævet indlæses …</p>}
    </div>
  );
}
