// Calendar dates in Asia/Shanghai: THE one place the portal turns instants into Shanghai dates
// and wall-clock times and back (lib/domain/dates.ts formats for display on top of it). The plan
// counts years and days on the calendar, so the module works on (year, month, day) triples and
// never on the machine's local time zone: a Date instant is shifted by the fixed +08:00 offset
// (China has no DST) before its calendar date is read.

export type CalendarDate = { year: number; month: number; day: number };

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// A serialised instant (e.g. a Date sent through JSON) must carry its offset, or it is ambiguous.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

export type DateParse = { ok: true; date: CalendarDate } | { ok: false; reason: "missing" | "invalid" };

export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC avoids any local-zone shift.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function fromInstant(ms: number): CalendarDate {
  const shifted = new Date(ms + SHANGHAI_OFFSET_MS);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** Reads untrusted input as a Shanghai calendar date; never throws. */
export function parseCalendarDate(input: unknown): DateParse {
  if (input === null || input === undefined) return { ok: false, reason: "missing" };
  if (input instanceof Date) {
    const ms = input.getTime();
    return Number.isNaN(ms) ? { ok: false, reason: "invalid" } : { ok: true, date: fromInstant(ms) };
  }
  if (typeof input !== "string") return { ok: false, reason: "invalid" };
  const text = input.trim();
  if (text === "") return { ok: false, reason: "missing" };
  const match = ISO_DATE.exec(text);
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return { ok: false, reason: "invalid" };
    return { ok: true, date: { year, month, day } };
  }
  if (ISO_INSTANT.test(text)) {
    const ms = Date.parse(text);
    if (!Number.isNaN(ms)) return { ok: true, date: fromInstant(ms) };
  }
  return { ok: false, reason: "invalid" };
}

/** Today's date in Shanghai; the only place the module reads the clock, and only as a default. */
export function todayInShanghai(now: Date = new Date()): CalendarDate {
  return fromInstant(now.getTime());
}

/** Days since 1970-01-01, for comparing and for day arithmetic. */
export function toEpochDay(date: CalendarDate): number {
  return Date.UTC(date.year, date.month - 1, date.day) / DAY_MS;
}

export function fromEpochDay(epochDay: number): CalendarDate {
  const d = new Date(epochDay * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/**
 * Same month and day, `years` later. Feb 29 in a year without one becomes Feb 28: this follows
 * 《民法典》第二百零二条 ("没有对应日的，月末日为期间的最后一日"), so a unit registered on 2024-02-29
 * reaches one year of operation on 2025-02-28 (not 03-01).
 */
export function addYears(date: CalendarDate, years: number): CalendarDate {
  const year = date.year + years;
  return { year, month: date.month, day: Math.min(date.day, daysInMonth(year, date.month)) };
}

/** Negative when a is earlier than b, 0 when equal, positive when later. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return toEpochDay(a) - toEpochDay(b);
}

export function formatDate(date: CalendarDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** The Shanghai calendar date of an instant. */
export function calendarDateOf(instant: Date): CalendarDate {
  return fromInstant(instant.getTime());
}

/** The instant Shanghai's day `date` begins (00:00 +08:00). */
export function shanghaiMidnight(date: CalendarDate): Date {
  return new Date(toEpochDay(date) * DAY_MS - SHANGHAI_OFFSET_MS);
}

const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;

/**
 * "2026-11-26T09:30" (a datetime-local value, Shanghai wall-clock time) → the instant, or null
 * when it is no real date and time. Minutes only: that is what officials enter.
 */
export function parseShanghaiDateTime(value: string): Date | null {
  const match = LOCAL_DATE_TIME.exec(value);
  if (!match) return null;
  const day = parseCalendarDate(match[1]);
  const [hour, minute] = [Number(match[2]), Number(match[3])];
  if (!day.ok || hour > 23 || minute > 59) return null;
  return new Date(shanghaiMidnight(day.date).getTime() + (hour * 60 + minute) * 60_000);
}

/** An instant as Shanghai wall-clock "YYYY-MM-DDTHH:mm" (the value of a datetime-local input). */
export function formatShanghaiDateTime(instant: Date): string {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16);
}

/** The start of the minute an instant falls in: times are entered to the minute. */
export function startOfMinute(instant: Date): Date {
  return new Date(Math.floor(instant.getTime() / 60_000) * 60_000);
}

/**
 * How "a period of N years from date D" is counted (RULES.md U1, E5/M3: one setting for both).
 * - "on-anniversary" (RULES.md's reading, the default): the period has passed ON D + N years.
 *   Registered 2025-01-01 → operated a year on 2026-01-01; revoked 2025-03-10 → may apply again
 *   on 2030-03-10.
 * - "day-after-anniversary" (《民法典》第二百零一条: the period begins the day after D, so it ends
 *   at the end of D + N years): it has passed on the day after D + N years.
 * Either way Feb 29 without a counterpart becomes Feb 28 (第二百零二条, see addYears).
 */
export type PeriodCounting = "on-anniversary" | "day-after-anniversary";
export const PERIOD_COUNTINGS: readonly PeriodCounting[] = ["on-anniversary", "day-after-anniversary"];

/** The first day on which `years` years from `from` have passed, under `counting`. */
export function periodPassedOn({ from, years, counting }: { from: CalendarDate; years: number; counting: PeriodCounting }): CalendarDate {
  const anniversary = addYears(from, years);
  return counting === "on-anniversary" ? anniversary : addDays(anniversary, 1);
}
