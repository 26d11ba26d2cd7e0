/**
 * training-stale (session 45, a school's policy), in our own words; every name is invented. As of 1 December 2026.
 * A lead's list entry gives a dated course and then, in a later clause, a habit: "Mr Fenwright: DSL (Level 3)
 * refresher, 18 November 2024; DSL network meetings each term." The habit's words ("each term", "termly",
 * "annually") made the whole line read as a rule about training, so the record was lost and its lapse went
 * unreported. A careful reader sees a dated record and, apart from it, a habit.
 * Now counts: the record keeps its date when a later clause — after a semicolon, after ", and" or "and", or in the
 * next sentence — speaks of a habit or a rule with no date of its own; the course's name ends before that clause.
 * Stays as it is: a line that is only a rule ("DSLs renew their training every two years; updates each term"), a
 * rule before the date ("refresher due every two years from 18 November 2024": no completion), a group's line
 * ("All staff: … 4 September 2024; briefings each term"), a still-valid record beside a habit (no finding).
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
const DEPUTY = "Ms Landau: DSL (Level 3) training, 9 March 2026.";

/** The school's key staff, then its training section's list: Markdown, Word (a list) and a PDF's text (bullets). */
const layouts = (training: string): SourceDocument[] =>
  keyStaffTrainingLayouts(TITLE, ROLES, [training, DEPUTY]);

const messages = (document: SourceDocument) => run(trainingStale, document).map((f) => f.message);
const fenwright = (document: SourceDocument) => messages(document).filter((m) => m.includes("Fenwright"));

describe("a dated record, then a later clause about a habit or a rule", () => {
  for (const training of [
    "Mr Fenwright: DSL (Level 3) refresher, 18 November 2024; DSL network meetings each term.",
    "Mr Fenwright: DSL (Level 3) refresher, 18 November 2024, and attends the termly DSL forum.",
    "Mr Fenwright: DSL (Level 3) refresher, 18 November 2024. Updates annually via the LA bulletin.",
    "Mr Fenwright: DSL (Level 3) refresher, 18 November 2024; renewed every two years.",
    "Mr Fenwright: DSL (Level 3) refresher on 18 November 2024 and goes to the cluster meetings every half-term.",
  ])
    it(`keeps its date, and its course ends before the clause: ${training}`, () => {
      for (const document of layouts(training)) {
        const found = fenwright(document);
        expect(found, document.format).toHaveLength(1);
        expect(found[0], document.format).toMatch(
          /^Mr Fenwright's most recent DSL \(Level 3\) refresher is dated 18 November 2024 — it lapsed on 18 November 2026/,
        );
      }
    });
});

describe("stays as it is", () => {
  for (const [what, training] of [
    ["a line that is only a rule", "DSLs renew their training every two years; updates each term."],
    [
      "a rule before the date, no completion",
      "Mr Fenwright: DSL refresher due every two years from 18 November 2024.",
    ],
    ["a group's line", "All staff: safeguarding refresher, 4 September 2024; briefings each term."],
    [
      "a still-valid record beside a habit",
      "Mr Fenwright: DSL (Level 3) refresher, 3 February 2026; DSL network meetings each term.",
    ],
  ])
    it(`${what}: no finding for the lead`, () => {
      for (const document of layouts(training)) expect(fenwright(document), document.format).toEqual([]);
    });

  it("a booking in the later clause is no habit: the record and its lapse stay as they are", () => {
    for (const document of layouts(
      "Mr Fenwright: DSL refresher, 18 November 2024; next refresher booked for 20 January 2027.",
    )) {
      const found = fenwright(document);
      expect(found, document.format).toHaveLength(1);
      expect(found[0], document.format).toMatch(/most recent DSL refresher is dated 18 November 2024/);
    }
  });

  it("the deputy's valid record gives no finding", () => {
    for (const document of layouts("Mr Fenwright: DSL (Level 3) refresher, 18 November 2024."))
      expect(
        messages(document).filter((m) => m.includes("Landau")),
        document.format,
      ).toEqual([]);
  });
});
