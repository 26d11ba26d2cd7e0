/**
 * `policysmith calendar` end to end, on copies of the repository's project: the partnership's file and one per
 * setting, parsed back with ical.js; a setting approved against the model before a change gets the approval
 * deadline; bad flags are usage errors (exit 2); an approval naming a version that does not exist is a data
 * problem at its line (exit 1) and leaves that setting out.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ICAL from "ical.js";
import { afterEach, describe, expect, it } from "vitest";
import { runCli } from "./helpers/run-cli.js";

const REPO = fileURLToPath(new URL("..", import.meta.url));
const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), "policysmith-calendar-cli-"));
  made.push(dir);
  for (const name of ["policy-templates", "orgs", "partnership.yaml"])
    cpSync(join(REPO, name), join(dir, name), { recursive: true });
  return dir;
}

function edit(file: string, from: RegExp | string, to: string): void {
  const text = readFileSync(file, "utf8");
  const next = text.replace(from, to);
  if (next === text) throw new Error(`nothing to replace in ${file}`);
  writeFileSync(file, next);
}

function calendar(args: string[], cwd: string) {
  return runCli(["calendar", ...args], cwd);
}

interface ParsedEvent {
  uid: string;
  date: string;
  summary: string;
  trigger: number;
  stamp: string;
}

function events(file: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(readFileSync(file, "utf8")));
  return calendar.getAllSubcomponents("vevent").map((vevent) => {
    const event = new ICAL.Event(vevent);
    const alarm = vevent.getFirstSubcomponent("valarm");
    if (!alarm) throw new Error(`${event.uid} has no alarm`);
    return {
      uid: event.uid,
      date: event.startDate.toString(),
      summary: event.summary,
      trigger: (alarm.getFirstPropertyValue("trigger") as ICAL.Duration).toSeconds(),
      stamp: (vevent.getFirstPropertyValue("dtstamp") as ICAL.Time).toString(),
    };
  });
}

describe("policysmith calendar", () => {
  it("a setting that approved model 2026.1 gets the approval deadline when the model changes to 2027.1", async () => {
    const dir = project();
    edit(
      join(dir, "orgs", "riverside-primary-school.yaml"),
      "    by: Riverside Primary School Governing Body\n",
      '    by: Riverside Primary School Governing Body\n    model_version: "2026.1"\n',
    );
    const args = [
      "--org",
      "riverside-primary-school",
      "--as-of",
      "2027-03-02",
      "--remind",
      "14",
      "--out",
      "cal.ics",
    ];
    const before = await calendar(args, dir);
    expect(before).toMatchObject({ code: 0, stderr: "" });
    expect(events(join(dir, "cal.ics")).filter((e) => e.uid.includes("/approval/"))).toEqual([]);

    // The partnership publishes 2027.1 of the child protection policy on 1 March 2027.
    edit(
      join(dir, "policy-templates", "child-protection", "template.md"),
      'version: "2026.1"\n',
      'version: "2027.1"\n',
    );
    edit(
      join(dir, "policy-templates", "child-protection", "template.md"),
      /\n---\n/,
      '\n  - version: "2027.1"\n    date: 2027-03-01\n    changes: A new section on online safety.\n---\n',
    );
    const after = await calendar(args, dir);
    expect(after).toMatchObject({ code: 0, stderr: "" });
    expect(after.stdout).toBe("10 dates for 1 setting, reminders 14 days before: wrote cal.ics.\n");
    const approval = events(join(dir, "cal.ics")).filter((e) => e.uid.includes("/approval/"));
    expect(approval).toEqual([
      {
        uid: "riverside-primary-school/approval/child-protection@www.rfscp.example.org",
        date: "2027-04-30",
        summary: "Approve model 2027.1 of the Child Protection Policy (Riverside Primary School)",
        trigger: -14 * 86_400,
        stamp: "2027-03-02T00:00:00Z",
      },
    ]);
  });

  it("writes the partnership's calendar (calendar.ics by default) and, with --per-setting, one per setting with the same uids", async () => {
    const dir = project();
    const result = await calendar(["--as-of", "2026-11-24"], dir);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    const all = events(join(dir, "calendar.ics"));
    const settings = readdirSync(join(dir, "orgs"))
      .filter((f) => f.endsWith(".yaml"))
      .map((f) => f.replace(".yaml", ""));
    expect(settings).toHaveLength(8);
    // Every setting has its review date in the partnership's file.
    for (const id of settings)
      expect(
        all.map((e) => e.uid),
        id,
      ).toContain(`${id}/review@www.rfscp.example.org`);
    expect(all.every((e) => e.trigger === -30 * 86_400 && e.stamp === "2026-11-24T00:00:00Z")).toBe(true);
    expect(result.stdout).toBe(
      `${all.length} dates for 8 settings, reminders 30 days before: wrote calendar.ics.\n`,
    );
    const bytes = readFileSync(join(dir, "calendar.ics"));

    const both = await calendar(
      ["--as-of", "2026-11-24", "--out", "calendar.ics", "--per-setting", "by-setting"],
      dir,
    );
    expect(both.code).toBe(0);
    expect(both.stdout).toContain("wrote 9 calendar files (calendar.ics and one per setting in by-setting)");
    // The same input, the same bytes.
    expect(readFileSync(join(dir, "calendar.ics")).equals(bytes)).toBe(true);
    const perSetting = settings.flatMap((id) => events(join(dir, "by-setting", `${id}.ics`)));
    expect(perSetting.map((e) => e.uid).sort()).toEqual(all.map((e) => e.uid).sort());
    for (const id of settings)
      expect(
        events(join(dir, "by-setting", `${id}.ics`)).every((e) => e.uid.startsWith(`${id}/`)),
        id,
      ).toBe(true);
    const named = new ICAL.Component(
      ICAL.parse(readFileSync(join(dir, "by-setting", "acorns-day-nursery.ics"), "utf8")),
    );
    expect(named.getFirstPropertyValue("x-wr-calname")).toBe("Acorns Day Nursery: safeguarding dates");
  });

  it("training lapses as training-stale is set in partnership.yaml", async () => {
    const dir = project();
    edit(
      join(dir, "partnership.yaml"),
      "training-stale: [error, { dsl_months: 24 }]",
      "training-stale: [error, { dsl_months: 12 }]",
    );
    const result = await calendar(["--org", "riverside-primary-school", "--as-of", "2026-11-24"], dir);
    expect(result.code).toBe(0);
    const dsl = events(join(dir, "calendar.ics")).find((e) =>
      e.uid.startsWith("riverside-primary-school/training/grace-adebayo/dsl-full@"),
    );
    // Completed 7 October 2025, valid for 12 months.
    expect(dsl?.date).toBe("2026-10-07");
  });

  it("--per-setting alone writes no partnership file", async () => {
    const dir = project();
    const result = await calendar(
      ["--as-of", "2026-11-24", "--per-setting", "cal", "--org", "acorns-day-nursery"],
      dir,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/: wrote cal\/acorns-day-nursery\.ics\.\n$/);
    expect(existsSync(join(dir, "calendar.ics"))).toBe(false);
  });

  it("the reminder and the date must be right, or nothing is written (exit 2)", async () => {
    const dir = project();
    const remind = await calendar(["--remind", "a month"], dir);
    expect(remind.code).toBe(2);
    expect(remind.stderr).toContain(
      '--remind "a month" is not a number of days — write how many days before each date the reminder comes, e.g. --remind 30',
    );
    const asOf = await calendar(["--as-of", "24/11/2026"], dir);
    expect(asOf.code).toBe(2);
    expect(asOf.stderr).toContain("--as-of");
    const org = await calendar(["--org", "no-such-setting"], dir);
    expect(org.code).toBe(2);
    expect(existsSync(join(dir, "calendar.ics"))).toBe(false);
  });

  it("an approval naming a model version that does not exist is a problem at its line, and that setting is left out (exit 1)", async () => {
    const dir = project();
    edit(
      join(dir, "orgs", "acorns-day-nursery.yaml"),
      "    by: Acorns Day Nursery Ltd, Board of Directors\n",
      '    by: Acorns Day Nursery Ltd, Board of Directors\n    model_version: "2025.2"\n',
    );
    const result = await calendar(["--as-of", "2026-11-24"], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'orgs/acorns-day-nursery.yaml:16:20 policy.approved.model_version: "2025.2" is not a version of the partnership\'s model — the versions are 2024.1, 2025.1, 2026.1',
    );
    expect(result.stdout).toContain("for 7 settings");
    expect(result.stdout).toContain("1 problem found");
    expect(events(join(dir, "calendar.ics")).some((e) => e.uid.startsWith("acorns-day-nursery/"))).toBe(
      false,
    );
  });
});
