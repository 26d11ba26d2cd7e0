/**
 * Issue 14's reminders: the events a setting gets (next review, each lead's training expiry as training-stale
 * counts it, the approval-outdated grace deadline), and the iCalendar file they make, parsed back with ical.js
 * (Mozilla's parser, a different library from the ical-generator that writes it) and checked against RFC 5545's
 * required properties.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ICAL from "ical.js";
import { afterEach, describe, expect, it } from "vitest";
import type { ReportDescriptor } from "../src/audit/rule.js";
import { rule as trainingStale } from "../src/audit/rules/training-stale.js";
import { addDaysToIso } from "../src/audit/text/dates.js";
import { type CalendarEvent, calendarEvents, uidPart } from "../src/calendar/events.js";
import { toICalendar } from "../src/calendar/ics.js";
import { loadProject } from "../src/data/load-project.js";

const REPO = fileURLToPath(new URL("..", import.meta.url));
const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The repository's project, with Riverside Primary School's approval against model 2025.1. */
function project(): string {
  const dir = mkdtempSync(join(tmpdir(), "policysmith-calendar-"));
  made.push(dir);
  for (const name of ["policy-templates", "orgs", "partnership.yaml"])
    cpSync(join(REPO, name), join(dir, name), { recursive: true });
  const file = join(dir, "orgs", "riverside-primary-school.yaml");
  writeFileSync(
    file,
    readFileSync(file, "utf8").replace(
      / {4}date: 2026-09-24\n {4}by: Riverside Primary School Governing Body\n/,
      '    date: 2025-09-24\n    by: Riverside Primary School Governing Body\n    model_version: "2025.1"\n',
    ),
  );
  return dir;
}

async function riversideEvents(asOf: string): Promise<CalendarEvent[]> {
  const loaded = await loadProject(project(), { orgs: ["riverside-primary-school"] });
  expect(loaded.problems).toEqual([]);
  return calendarEvents({ ...loaded, asOf });
}

describe("a setting's dates", () => {
  it("the next review, every lead's latest training of each course until it lapses, and the last day to approve the new model — in date order", async () => {
    const events = await riversideEvents("2026-10-01");
    expect(events.map((e) => [e.date, e.uid])).toEqual([
      ["2026-10-31", "riverside-primary-school/approval/child-protection"],
      ["2026-10-31", "riverside-primary-school/approval/referral-guide"],
      ["2027-03-17", "riverside-primary-school/training/martin-kowalski/dsl-update"],
      ["2027-03-18", "riverside-primary-school/training/martin-kowalski/dsl-full"],
      ["2027-09-03", "riverside-primary-school/training/grace-adebayo/dsl-update"],
      ["2027-09-10", "riverside-primary-school/review"],
      ["2027-10-07", "riverside-primary-school/training/grace-adebayo/dsl-full"],
      ["2028-01-20", "riverside-primary-school/training/leanne-shah/dsl-full"],
      ["2028-02-11", "riverside-primary-school/training/grace-adebayo/working-together"],
      ["2028-05-14", "riverside-primary-school/training/reverend-paul-ennis/governor-safeguarding"],
      ["2029-02-05", "riverside-primary-school/training/leanne-shah/thresholds"],
    ]);
    const byUid = new Map(events.map((e) => [e.uid, e]));
    expect(byUid.get("riverside-primary-school/review")).toMatchObject({
      kind: "review",
      summary: "Safeguarding policy review due (Riverside Primary School)",
      description:
        "Riverside Primary School's safeguarding policy is due for review on 10 September 2027. Review it, have it approved by the governing body, then set policy.next_review in orgs/riverside-primary-school.yaml to the next date.",
    });
    expect(byUid.get("riverside-primary-school/training/grace-adebayo/dsl-full")).toMatchObject({
      kind: "training",
      summary: "Grace Adebayo's Designated Safeguarding Lead training expires (Riverside Primary School)",
    });
    expect(byUid.get("riverside-primary-school/approval/child-protection")).toMatchObject({
      kind: "approval",
      summary: "Approve model 2026.1 of the Child Protection Policy (Riverside Primary School)",
    });
    expect(byUid.get("riverside-primary-school/approval/child-protection")?.description).toContain(
      'published version 2026.1 of the Child Protection Policy on 1 September 2026; Riverside Primary School\'s governing body approved model 2025.1. Take the changes to them (policysmith diff riverside-primary-school shows what changed) and record the approval, with model_version: "2026.1", by 31 October 2026',
    );
  });

  it("a training event falls on the last day training-stale still accepts the training", async () => {
    const loaded = await loadProject(project(), { orgs: ["riverside-primary-school"] });
    const setting = loaded.settings[0];
    const stale = (asOf: string) => {
      const reported: ReportDescriptor[] = [];
      trainingStale.checkSetting?.({
        asOf,
        options: { dsl_months: 24, default_months: 36 },
        partnership: loaded.partnership,
        settingTypes: loaded.settingTypes,
        setting,
        report: (d) => reported.push(d),
      });
      return reported.map((d) => d.path?.join("."));
    };
    const training = calendarEvents({ ...loaded, asOf: "2026-10-01" }).filter((e) => e.kind === "training");
    expect(training).toHaveLength(8);
    for (const event of training) {
      const [, , lead, course] = event.uid.split("/");
      const i = setting.leads.findIndex((l) => uidPart(l.name) === lead);
      const j = setting.leads[i].training?.findIndex((t) => t.course === course);
      const path = `leads.${i}.training.${j}.date`;
      expect(stale(event.date), event.uid).not.toContain(path);
      expect(stale(addDaysToIso(event.date, 1)), event.uid).toContain(path);
    }
  });

  it("no approval event once the governors have approved the current model, nor for an approval without a version", async () => {
    const loaded = await loadProject(join(REPO), {
      orgs: ["riverside-primary-school", "acorns-day-nursery"],
    });
    const events = calendarEvents({ ...loaded, asOf: "2026-10-01" });
    expect(events.filter((e) => e.kind === "approval")).toEqual([]);
    expect(events.filter((e) => e.kind === "review").map((e) => e.uid)).toEqual([
      "acorns-day-nursery/review",
      "riverside-primary-school/review",
    ]);
  });

  it("counts from a course's latest completion, whatever the order; a course that never lapses has no date; one not in the catalogue lapses after 3 years", async () => {
    const loaded = await loadProject(project(), { orgs: ["riverside-primary-school"] });
    const [setting] = loaded.settings;
    const lead = {
      ...setting.leads[0],
      training: [
        { course: "dsl-full", date: "2026-05-01" },
        { course: "dsl-full", date: "2024-05-01" },
        { course: "forever-course", date: "2020-01-01" },
        { course: "Paediatric first aid", date: "2025-02-03" },
      ],
    };
    const partnership = {
      ...loaded.partnership,
      courses: [...loaded.partnership.courses, { id: "forever-course", name: "A course that never lapses" }],
    };
    const events = calendarEvents({
      ...loaded,
      partnership,
      settings: [{ ...setting, leads: [lead] }],
      asOf: "2026-10-01",
      training: { dsl_months: 24, default_months: 36 },
    }).filter((e) => e.kind === "training");
    expect(events.map((e) => [e.date, e.uid])).toEqual([
      ["2028-02-03", "riverside-primary-school/training/grace-adebayo/paediatric-first-aid"],
      ["2028-05-01", "riverside-primary-school/training/grace-adebayo/dsl-full"],
    ]);
  });

  it("a date already past says so: training that has lapsed, a review that was due, an approval whose time has run out", async () => {
    const events = await riversideEvents("2027-10-08");
    const byUid = new Map(events.map((e) => [e.uid, e]));
    expect(byUid.get("riverside-primary-school/training/grace-adebayo/dsl-full")?.description).toBe(
      "Grace Adebayo (designated safeguarding lead at Riverside Primary School) completed Designated Safeguarding Lead training on 7 October 2025; it was valid for 24 months, until 7 October 2027, and has lapsed. Book a refresher now and record the new date in orgs/riverside-primary-school.yaml.",
    );
    expect(byUid.get("riverside-primary-school/training/leanne-shah/dsl-full")?.description).toContain(
      "it is valid for 24 months, until 20 January 2028. Book a refresher before then",
    );
    expect(byUid.get("riverside-primary-school/review")?.description).toMatch(
      /^Riverside Primary School's safeguarding policy was due for review on 10 September 2027\. Review it now, /,
    );
    expect(byUid.get("riverside-primary-school/approval/child-protection")?.description).toMatch(
      /record the approval, with model_version: "2026\.1", now: the time allowed ended on 31 October 2026, and the audit reports it as an error\.$/,
    );
    const before = await riversideEvents("2026-10-01");
    expect(before.find((e) => e.kind === "approval")?.description).toMatch(
      /, by 31 October 2026 — after that the audit reports it as an error\.$/,
    );
    expect(before.find((e) => e.kind === "review")?.description).toMatch(
      /is due for review on 10 September 2027\. Review it, /,
    );
  });

  it("uid parts keep letters and digits only, lower case, accents dropped", () => {
    expect(uidPart("Mrs Zoë O'Brien-Ng")).toBe("mrs-zoe-o-brien-ng");
    expect(uidPart("—")).toBe("unnamed");
  });
});

describe("the iCalendar file", () => {
  const options = {
    name: "RFSCP: safeguarding dates",
    asOf: "2026-10-01",
    remindDays: 30,
    uidDomain: "rfscp.example.org",
  };

  it("parses back with ical.js into the same events, all-day, each with a display alarm 30 days before and DTSTAMP the as-of date", async () => {
    const events = await riversideEvents("2026-10-01");
    const text = toICalendar(events, options);
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.name).toBe("vcalendar");
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(calendar.getFirstPropertyValue("prodid")).toBe("-//policysmith//safeguarding dates//EN");
    expect(calendar.getFirstPropertyValue("method")).toBe("PUBLISH");
    const vevents = calendar.getAllSubcomponents("vevent");
    expect(vevents).toHaveLength(events.length);
    for (const [i, vevent] of vevents.entries()) {
      const event = new ICAL.Event(vevent);
      expect(event.uid).toBe(`${events[i].uid}@rfscp.example.org`);
      expect(event.summary).toBe(events[i].summary);
      expect(event.description).toBe(events[i].description);
      expect(event.startDate.isDate).toBe(true);
      expect(event.startDate.toString()).toBe(events[i].date);
      expect((vevent.getFirstPropertyValue("dtstamp") as ICAL.Time).toString()).toBe("2026-10-01T00:00:00Z");
      const alarms = vevent.getAllSubcomponents("valarm");
      expect(alarms).toHaveLength(1);
      expect(alarms[0].getFirstPropertyValue("action")).toBe("DISPLAY");
      expect(alarms[0].getFirstPropertyValue("description")).toBe(events[i].summary);
      const trigger = alarms[0].getFirstPropertyValue("trigger") as ICAL.Duration;
      expect(trigger.toSeconds()).toBe(-30 * 86_400);
    }
  });

  it("has every property RFC 5545 requires, CRLF lines of at most 75 octets, and the same bytes every time", async () => {
    const events = await riversideEvents("2026-10-01");
    const text = toICalendar(events, options);
    expect(toICalendar(events, options)).toBe(text);
    expect(text.endsWith("\r\n")).toBe(true);
    const lines = text.slice(0, -2).split("\r\n");
    expect(lines.filter((l) => l.includes("\n") || l.includes("\r"))).toEqual([]);
    expect(lines.filter((l) => Buffer.byteLength(l, "utf8") > 75)).toEqual([]);
    const calendar = new ICAL.Component(ICAL.parse(text));
    for (const name of ["prodid", "version"]) expect(calendar.getAllProperties(name), name).toHaveLength(1);
    for (const vevent of calendar.getAllSubcomponents("vevent")) {
      for (const name of ["uid", "dtstamp", "dtstart"])
        expect(vevent.getAllProperties(name), name).toHaveLength(1);
      for (const alarm of vevent.getAllSubcomponents("valarm"))
        for (const name of ["action", "trigger", "description"])
          expect(alarm.getAllProperties(name), name).toHaveLength(1);
    }
    const uids = calendar.getAllSubcomponents("vevent").map((v) => v.getFirstPropertyValue("uid"));
    expect(new Set(uids).size).toBe(uids.length);
  });

  it("a reminder on the day is an alarm at the event's start", async () => {
    const events = (await riversideEvents("2026-10-01")).slice(0, 1);
    const calendar = new ICAL.Component(ICAL.parse(toICalendar(events, { ...options, remindDays: 0 })));
    const alarm = calendar.getFirstSubcomponent("vevent")?.getFirstSubcomponent("valarm");
    if (!alarm) throw new Error("no alarm");
    expect((alarm.getFirstPropertyValue("trigger") as ICAL.Duration).toSeconds()).toBe(0);
  });

  it("a text with commas, semicolons, new lines and non-ASCII letters comes back as written", () => {
    const event: CalendarEvent = {
      uid: "x/review",
      settingId: "x",
      kind: "review",
      date: "2027-01-31",
      summary: "Zoë's review; policy, contacts\nand leads — due",
      description: "A\\B; C, D\nE",
    };
    const parsed = new ICAL.Event(
      new ICAL.Component(ICAL.parse(toICalendar([event], options))).getFirstSubcomponent(
        "vevent",
      ) as ICAL.Component,
    );
    expect(parsed.summary).toBe(event.summary);
    expect(parsed.description).toBe(event.description);
  });
});
