/**
 * Training records from the thirty-fourth held-out set (issue 11), in our own words; every name is invented. As of
 * 1 December 2026.
 * - A rule row for a list of groups, each in the plural ("| All Site Supervisors and Kitchen Assistants | … | at
 *   induction | every 3 years |"), is a rule, never an undated record: the words after "and" are a second group, not
 *   a person. "| All staff and Ben Ode | … |" still names a person whose record is undated.
 * - A PDF course cell cut by a page break ("Child Wellbeing" dated at the foot of one page, "and Protection (core)"
 *   alone at the head of the next) is one course, not an undated course of its own.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { checkDocument, checkText } from "../helpers/audit-context.js";
import { pdfDocument } from "../helpers/pdf-table-document.js";
import { trainingTablePolicy } from "../helpers/training-table-policy.js";

const asOf = "2026-12-01";

const policy = trainingTablePolicy;

const undated = (text: string) => checkText(trainingUndated, text, { asOf }).map((f) => f.message);

describe("a rule row for a list of groups", () => {
  for (const row of [
    "| All Site Supervisors and Kitchen Assistants | Safeguarding Awareness (Level 1) | at induction | every 3 years |",
    "| All Instructors and Duty Managers | Safeguarding Awareness | on appointment | every 2 years |",
    "| All Lifeguards, Porters and Night Wardens | Safeguarding refresher | at induction | annually |",
  ])
    it(`is a rule, not an undated record (${row.split("|")[1].trim()})`, () => {
      expect(undated(policy(row))).toEqual([]);
    });

  it("still reports a person named after the group", () => {
    const found = undated(policy("| All staff and Ben Ode | Safeguarding Awareness | | |"));
    expect(found).toHaveLength(1);
    expect(found[0]).toContain("Ben Ode");
  });
});

describe("a PDF course cell cut by a page break", () => {
  // The second page starts at its footer line, as the PDF reader gives each page's start.
  const doc = (rest: string) => {
    const document = pdfDocument(
      [
        "6. Training",
        "Name Course Completed Refresher due",
        "Ms Petra Quayle Designated Safeguarding Lead training 14/05/2025 05/2027",
        "Child Wellbeing 04/02/2023 04/02/2025",
        "Harbourside Activity Centre · page 2 of 4",
        "Name Course Completed Refresher due",
        rest,
        "Mr Tobias Rennard Emergency First Aid 30/01/2025 30/01/2028",
        "7. Records",
      ].join("\n"),
      [
        ["Name", "Course", "Completed", "Refresher due"],
        ["Ms Petra Quayle", "Designated Safeguarding Lead training", "14/05/2025", "05/2027"],
        ["", "Child Wellbeing", "04/02/2023", "04/02/2025"],
      ],
      [
        ["Name", "Course", "Completed", "Refresher due"],
        ["", rest, "", ""],
        ["Mr Tobias Rennard", "Emergency First Aid", "30/01/2025", "30/01/2028"],
      ],
    );
    return { ...document, pages: [0, document.text.indexOf("Harbourside Activity Centre · page 2")] };
  };

  for (const rest of ["and Protection (core)", "for Volunteers and Helpers"])
    it(`joins "${rest}" to the course above it`, () => {
      expect(checkDocument(trainingUndated, doc(rest), { asOf })).toEqual([]);
      const stale = checkDocument(trainingStale, doc(rest), { asOf }).map((f) => f.message);
      expect(stale).toEqual([expect.stringContaining(`Child Wellbeing ${rest}`)]);
    });

  it("keeps a course of its own at the head of the page as an undated record", () => {
    const found = checkDocument(trainingUndated, doc("Online Safety awareness"), { asOf }).map(
      (f) => f.message,
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toContain("Online Safety");
  });
});
