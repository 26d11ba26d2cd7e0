/**
 * Two training-table readings from a reviewer's probes of issue 11, in our own words; every name is invented. As of
 * 1 December 2026.
 * - A PDF row whose course starts with a joining word ("on the job …") is the rest of the row above only when a page
 *   break parts them (the first row on a new page, the row above the last on the page before). On the same page it
 *   is a course of its own, undated.
 * - Capitalised words after "and" are a second group only when the group's last word is a job in the plural and the
 *   words before it are no person's first name: "All staff and Nia Porters" names a person (Porters is a surname),
 *   "All Lifeguards and Night Wardens" two groups.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { checkDocument, checkText } from "../helpers/audit-context.js";
import { pdfDocument } from "../helpers/pdf-table-document.js";
import { trainingTablePolicy } from "../helpers/training-table-policy.js";

const asOf = "2026-12-01";

describe("a PDF row starting with a joining word", () => {
  const lines = (rest: string, footer: boolean) => [
    "6. Training",
    "Name Course Completed Refresher due",
    "Ms Gwen Talbot Designated Safeguarding Lead training 11/03/2025 03/2027",
    "Food Hygiene 02/02/2025 02/02/2028",
    ...(footer ? ["Millbrook Scouts · page 2 of 3", "Name Course Completed Refresher due"] : []),
    rest,
    "Mr Idris Penhallow Emergency First Aid 30/01/2025 30/01/2028",
    "7. Records",
  ];
  const head = ["Name", "Course", "Completed", "Refresher due"];
  const above = [
    ["Ms Gwen Talbot", "Designated Safeguarding Lead training", "11/03/2025", "03/2027"],
    ["", "Food Hygiene", "02/02/2025", "02/02/2028"],
  ];
  const below = (rest: string) => [
    ["", rest, "", ""],
    ["Mr Idris Penhallow", "Emergency First Aid", "30/01/2025", "30/01/2028"],
  ];

  it("on the same page is a course of its own, undated", () => {
    const text = lines("on the job safeguarding induction", false).join("\n");
    const doc = {
      ...pdfDocument(text, [head, ...above, ...below("on the job safeguarding induction")]),
      pages: [0],
    };
    const found = checkDocument(trainingUndated, doc, { asOf }).map((f) => f.message);
    expect(found).toEqual([expect.stringMatching(/on the job safeguarding induction/i)]);
  });

  it("at the head of the next page joins the course above it", () => {
    const text = lines("and Child Protection", true).join("\n");
    const doc = {
      ...pdfDocument(text, [head, ...above], [head, ...below("and Child Protection")]),
      pages: [0, text.indexOf("Millbrook Scouts")],
    };
    expect(checkDocument(trainingUndated, doc, { asOf })).toEqual([]);
  });
});

describe("a group whose last word is a job in the plural", () => {
  const policy = trainingTablePolicy;
  const undated = (row: string) => checkText(trainingUndated, policy(row), { asOf }).map((f) => f.message);

  for (const row of [
    "| All staff and Nia Porters | Safeguarding Awareness | | |",
    "| All staff and Tom Wardens | Safeguarding Awareness | | |",
  ])
    it(`keeps a person with a surname that is a job (${row.split("|")[1].trim()})`, () => {
      expect(undated(row)).toEqual([expect.stringContaining(row.split("|")[1].trim().slice(14))]);
    });

  for (const row of [
    "| All Lifeguards and Night Wardens | Safeguarding refresher | at induction | annually |",
    "| All Coaches and Team Managers | Safeguarding Awareness | on appointment | every 3 years |",
  ])
    it(`reads two groups as a rule (${row.split("|")[1].trim()})`, () => {
      expect(undated(row)).toEqual([]);
    });
});
