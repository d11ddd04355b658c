const dateFormat = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

const dateTimeFormat = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** `2026-11-22`: the date in Swedish time, the same unambiguous format in every UI language. */
export function formatDate(value: string | Date): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(date.getTime()) ? '' : dateFormat.format(date);
}

/** `2026-11-22 18:30`: date and time in Swedish time (sv-SE, 24-hour clock), in every UI language. */
export function formatDateTime(value: string | Date): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(date.getTime()) ? '' : dateTimeFormat.format(date);
}

export interface DateTextProps {
  /** an ISO-8601 timestamp or a Date */
  value: string | Date;
}

/** A date as `2026-11-22` inside a `<time>` element carrying the full timestamp. */
export function DateText({ value }: DateTextProps) {
  const iso = typeof value === 'string' ? value : value.toISOString();
  return <time dateTime={iso}>{formatDate(value)}</time>;
}
