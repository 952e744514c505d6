// Display and storage forms of dates on top of THE calendar module, lib/eligibility/dates.ts,
// which alone knows Asia/Shanghai (UTC+8, no daylight saving). Instants are stored in UTC and
// shown in Shanghai time. Calendar dates (e.g. a unit's 成立日期) are stored as 00:00 UTC of that
// date and read back with the UTC getters, so no machine time zone ever shifts them.
import {
  calendarDateOf,
  formatDate,
  formatShanghaiDateTime,
  parseCalendarDate as parseDate,
  todayInShanghai,
  type CalendarDate,
} from "@/lib/eligibility/dates";

export { formatShanghaiDateTime as toDateTimeLocal, parseShanghaiDateTime } from "@/lib/eligibility/dates";

/** 2026-11-26 18:05 in Shanghai time. */
export function formatDateTime(instant: Date): string {
  return formatShanghaiDateTime(instant).replace("T", " ");
}

/** HH:mm in Shanghai time ("已保存于 HH:mm"). */
export function formatTime(instant: Date): string {
  return formatShanghaiDateTime(instant).slice(11);
}

/** A calendar date in its stored form (00:00 UTC of that date). */
export function toStoredDate(date: CalendarDate): Date {
  return new Date(Date.UTC(date.year, date.month - 1, date.day));
}

/** Parses YYYY-MM-DD into the stored form of a calendar date, or null when it is no real date. */
export function parseCalendarDate(value: string): Date | null {
  // Only the plain date form: an instant here would be a caller's mistake, not a date.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const parsed = parseDate(value);
  return parsed.ok ? toStoredDate(parsed.date) : null;
}

/** The stored calendar date back as YYYY-MM-DD. */
export function formatCalendarDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Today's calendar date in Shanghai as YYYY-MM-DD. */
export function shanghaiToday(now: Date = new Date()): string {
  return formatDate(todayInShanghai(now));
}

/** The Shanghai calendar date of an instant, in its stored form (e.g. a recognition date). */
export function storedDateOf(instant: Date): Date {
  return toStoredDate(calendarDateOf(instant));
}
