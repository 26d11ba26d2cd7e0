/**
 * Calendar events → an iCalendar file (RFC 5545) with ical-generator: all-day events, each with a display alarm
 * `remindDays` before, DTSTAMP the as-of date (never the clock), uids made globally unique with the partnership's
 * web address, so the same input writes the same bytes and a re-import updates events instead of doubling them.
 */
import ical, { ICalAlarmType, ICalCalendarMethod } from "ical-generator";
import type { CalendarEvent } from "./events.js";

export interface IcsOptions {
  /** The calendar's name, as a calendar application shows it. */
  name: string;
  /** YYYY-MM-DD: DTSTAMP of every event. */
  asOf: string;
  /** Days before each event that its alarm goes off (0: on the day). */
  remindDays: number;
  /** The right-hand side of every uid ("rfscp.example.org"): uids are global, two partnerships must not share one. */
  uidDomain: string;
}

function utcDay(iso: string): Date {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

export function toICalendar(events: readonly CalendarEvent[], options: IcsOptions): string {
  const calendar = ical({
    name: options.name,
    prodId: { company: "policysmith", product: "safeguarding dates", language: "EN" },
    method: ICalCalendarMethod.PUBLISH,
  });
  const stamp = utcDay(options.asOf);
  for (const event of events) {
    const created = calendar.createEvent({
      id: `${event.uid}@${options.uidDomain}`,
      start: utcDay(event.date),
      allDay: true,
      summary: event.summary,
      description: event.description,
      stamp,
    });
    created.createAlarm({
      type: ICalAlarmType.display,
      triggerBefore: options.remindDays * 86_400,
      description: event.summary,
    });
  }
  // RFC 5545 ends every content line with CRLF, the last one too; ical-generator leaves the last one bare.
  const text = calendar.toString();
  return text.endsWith("\r\n") ? text : `${text}\r\n`;
}
