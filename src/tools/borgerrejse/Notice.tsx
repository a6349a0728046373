/**
 * What the last action did, with «Fortryd» where it can be undone. Shown in the flow of the page where the
 * action happened (at the event, where a deleted event was, under the form), so it never covers content;
 * screen readers hear the same text from the island's one live region.
 */
import type { BorgerrejseDoc } from '../../lib/borgerrejse/model';
import type { NoticeAt } from '../../lib/borgerrejse/actions';

export interface NoticeState {
  text: string;
  /** Counts messages, so the same text announced twice is read twice. */
  n: number;
  at: NoticeAt;
  undo?: (doc: BorgerrejseDoc) => BorgerrejseDoc;
  undoAt?: NoticeAt;
}

interface Props { notice: NoticeState; onUndo: () => void; onClose: () => void }

export function Notice({ notice, onUndo, onClose }: Props) {
  return (
    <div className="br-notice" data-no-print>
      <p className="br-notice__text">{notice.text}</p>
      {notice.undo && <button type="button" className="br-btn" data-act="undo" onClick={onUndo}>Fortryd</button>}
      <button type="button" className="br-btn" onClick={onClose}>Luk<span className="visually-hidden"> beskeden</span></button>
    </div>
  );
}
