/**
 * Danish dates, always in Danish time (Europe/Copenhagen), whatever the machine's or the build's time zone:
 * just after midnight in Denmark, UTC still says yesterday. One implementation for every date the site shows
 * or writes into a file name. Pure.
 */
const ZONE = 'Europe/Copenhagen';

const longFmt = new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long', year: 'numeric', timeZone: ZONE });
const timeFmt = new Intl.DateTimeFormat('da-DK', { hour: '2-digit', minute: '2-digit', timeZone: ZONE });
const isoParts = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: ZONE });

function valid(d: Date | string | number | undefined | null): Date | null {
  if (d === undefined || d === null || d === '') return null;
  const date = d instanceof Date ? d : new Date(d);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** «2. december 2026»; '' for a missing or invalid date (never «Invalid Date»). */
export function dateDa(d: Date | string | number | undefined | null): string {
  const date = valid(d);
  return date ? longFmt.format(date) : '';
}

/** «14.05»; '' for a missing or invalid date. */
export function timeDa(d: Date | string | number | undefined | null): string {
  const date = valid(d);
  return date ? timeFmt.format(date).replace(':', '.') : '';
}

/** The Danish calendar day as YYYY-MM-DD, for <time datetime>, default dates and file names. */
export function isoDayDa(d: Date | string | number = new Date()): string {
  const date = valid(d) ?? new Date(0);
  return isoParts.format(date);
}
