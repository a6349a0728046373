/** Site-wide constants. */
export const SITE_NAME = 'Ledelse på tværs';
export const SITE_TAGLINE = 'Inspiration til kommunale chefer, der leder samarbejde på tværs';

/** Main navigation, in order. */
export const NAV = [
  { href: '/temaer/', label: 'Temaer' },
  { href: '/erfaringer/', label: 'Erfaringer' },
  { href: '/kommuner/', label: 'Kommuner' },
  { href: '/vaerktoejer/', label: 'Værktøjer' },
  { href: '/publikationer/', label: 'Publikationer' },
] as const;
