/** The three boxes of the NHS date input pattern, as typed. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export const NO_DATE: DateParts = { day: '', month: '', year: '' };

/** `2026-11-03` → { day: '3', month: '11', year: '2026' }; anything else → empty boxes. */
export function toDateParts(isoDate?: string | null): DateParts {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate ?? '');
  if (!m) return { ...NO_DATE };
  return { day: String(Number(m[3])), month: String(Number(m[2])), year: m[1] };
}

export function isEmptyDate(p: DateParts): boolean {
  return !p.day.trim() && !p.month.trim() && !p.year.trim();
}

/** A real calendar date as `YYYY-MM-DD`, or null when a box is missing or the date does not exist (31 2 2026). */
export function fromDateParts(p: DateParts): string | null {
  const [d, m, y] = [p.day.trim(), p.month.trim(), p.year.trim()];
  if (!/^\d{1,2}$/.test(d) || !/^\d{1,2}$/.test(m) || !/^\d{4}$/.test(y)) return null;
  const day = Number(d);
  const month = Number(m);
  const year = Number(y);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Today in UK time as `YYYY-MM-DD` (the server counts days in UK time). */
export function todayInUk(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
