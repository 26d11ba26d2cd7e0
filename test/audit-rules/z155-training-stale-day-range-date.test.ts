/**
 * training-stale (session 45, a school's policy), in our own words; every name is invented. As of 1 December 2026.
 * A course held over two days is written with both days: "- Ms Landau: DSL two-day course 2 & 3 October 2023." The
 * first day's number was left in the course's name ("Ms Landau's most recent DSL two-day course 2 & is dated 3
 * October 2023"), and a range with a dash ("2–3 October 2023") was dated by its first day.
 * Now counts: a day range is one date, its last day, and the course's name ends before it — "2 & 3", "2 and 3",
 * "2–3", "2nd & 3rd", "2nd–3rd", "30 September & 1 October", "30 September – 1 October": "Ms Landau's most recent DSL
 * two-day course is dated 3 October 2023". A numbered course before a dash and a date ("DSL Level 3 – 4 October
 * 2023", "Safeguarding Group 3 – 14 October 2023") keeps its number: no range, the date is the one after the dash.
 * Stays as it is: a course on one day ("DSL course 3 October 2023"), a still-valid two-day course (no finding).
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { run } from "../fixtures/structure/documents.js";
import { keyStaffTrainingLayouts } from "../helpers/key-staff-training-layouts.js";

const TITLE = "Child Protection Policy — Brackenfold Primary School";
const ROLES = [
  "Designated Safeguarding Lead: Mr Tobias Fenwright (01632 960 481)",
  "Deputy Designated Safeguarding Lead: Ms Priya Landau (01632 960 482)",
];
const LEAD = "Mr Fenwright: DSL (Level 3) training, 9 March 2026.";

/** The school's key staff, then its training section's list: Markdown, Word (a list) and a PDF's text (bullets). */
const layouts = (training: string): SourceDocument[] =>
  keyStaffTrainingLayouts(TITLE, ROLES, [LEAD, training]);

const landau = (document: SourceDocument) =>
  run(trainingStale, document)
    .map((f) => f.message)
    .filter((m) => m.includes("Landau"));

const expectOne = (training: string, message: RegExp) => {
  for (const document of layouts(training)) {
    const found = landau(document);
    expect(found, document.format).toHaveLength(1);
    expect(found[0], document.format).toMatch(message);
  }
};

describe("a course over a range of days is dated by its last day, its name ending before the range", () => {
  for (const [training, course] of [
    ["Ms Landau: DSL two-day course 2 & 3 October 2023.", "DSL two-day course"],
    ["Ms Landau: DSL course, 2 and 3 October 2023.", "DSL course"],
    ["Ms Landau: DSL course 2–3 October 2023.", "DSL course"],
    ["Ms Landau: DSL course 2nd & 3rd October 2023.", "DSL course"],
    ["Ms Landau: designated lead training, 2nd–3rd October 2023.", "designated lead training"],
  ])
    it(training, () =>
      expectOne(
        training,
        new RegExp(
          `^Ms Landau's most recent ${course} is dated 3 October 2023 — it lapsed on 3 October 2025`,
        ),
      ),
    );

  for (const training of [
    "Ms Landau: DSL course 30 September & 1 October 2023.",
    "Ms Landau: DSL course 30 September – 1 October 2023.",
  ])
    it(training, () =>
      expectOne(
        training,
        /^Ms Landau's most recent DSL course is dated 1 October 2023 — it lapsed on 1 October 2025/,
      ),
    );
});

describe("a numbered course before a dash and its date keeps its number", () => {
  it("DSL Level 3 – 4 October 2023", () =>
    expectOne(
      "Ms Landau: DSL Level 3 – 4 October 2023.",
      /^Ms Landau's most recent DSL Level 3 training is dated 4 October 2023 — it lapsed on 4 October 2025/,
    ));
});

describe("stays as it is", () => {
  it("a course on one day", () =>
    expectOne(
      "Ms Landau: DSL course 3 October 2023.",
      /^Ms Landau's most recent DSL course is dated 3 October 2023/,
    ));

  it("a still-valid two-day course: no finding", () => {
    for (const document of layouts("Ms Landau: DSL two-day course 2 & 3 March 2026."))
      expect(landau(document), document.format).toEqual([]);
  });
});
