/**
 * Small inline icons: each kind of note has its own shape, so colour is never the only signal (also in print).
 * Always paired with a visible text label; the icons themselves are hidden from assistive technology.
 */
import type { ReactNode } from 'react';
import type { ExperienceKind } from '../../lib/borgerrejse/model';

const Svg = ({ children }: { children: ReactNode }) => (
  <svg className="br-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">{children}</svg>
);

/** Yellow event note on the official timeline: a filled square. */
export const IconEvent = () => <Svg><rect x="2" y="2" width="12" height="12" rx="1.5" fill="currentColor" /></Svg>;
/** Event outside the official timeline: a dashed square. */
export const IconOutside = () => <Svg><rect x="2.5" y="2.5" width="11" height="11" rx="1.5" fill="none" stroke="currentColor" strokeWidth="2" strokeDasharray="3 2" /></Svg>;
/** Green note, worked well: a tick. */
export const IconGood = () => <Svg><path d="M2.5 8.5l3.5 3.5 7.5-8" fill="none" stroke="currentColor" strokeWidth="2.6" strokeLinecap="round" strokeLinejoin="round" /></Svg>;
/** Red note, worked badly: a cross. */
export const IconBad = () => <Svg><path d="M4 4l8 8M12 4l-8 8" fill="none" stroke="currentColor" strokeWidth="2.6" strokeLinecap="round" /></Svg>;

export const ExperienceIcon = ({ kind }: { kind: ExperienceKind }) => (kind === 'groen' ? <IconGood /> : <IconBad />);
