/**
 * Training tables from the twenty-fifth to twenty-eighth held-out sets (issue 11), in our own words; every name is
 * invented. As of 1 December 2026.
 * - A record whose course column is headed "Level" ("| Staff member | Level | Completed | Expires |") is read like a
 *   "Course" column: a stale row is stale, a row whose date cell says "– date" is undated (and that "– date" is
 *   no placeholder-text of its own). A "| Concern | Level | Action |" table is nobody's training.
 * - A group's row named "Lifeguards (all)" is a rule for the group ("first week", "every 2 years"), never an
 *   undated record; a person's row beside it still is.
 * - A PDF row cut in two by a page break, each part read as its own table ("Mrs Ada" dated on one page,
 *   "Lovelace-Byron" on the next), is one person's record when the document writes the name whole elsewhere.
 */
import { describe, expect, it } from "vitest";
import { rule as placeholderText } from "../../src/audit/rules/placeholder-text.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { checkDocument, checkText } from "../helpers/audit-context.js";
import { pdfDocument } from "../helpers/pdf-table-document.js";

const asOf = "2026-12-01";

function policy(table: string[]): string {
  return [
    "# Brookfield Lane Dental Practice — Safeguarding Children",
    "",
    "Date of last review: October 2026. Next review: October 2027.",
    "",
    "| Role | Name |",
    "| --- | --- |",
    "| Safeguarding Lead | Dr Oriel Mbatha |",
    "| Deputy | Mr Fenwick Aldous & Nurse Tansy Rookwood |",
    "",
    "## Training record",
    "",
    ...table,
    "",
  ].join("\n");
}

const messages = (rule: typeof trainingStale, text: string) =>
  checkText(rule, text, { asOf }).map((f) => f.message);

describe("a training table whose course column is headed Level", () => {
  for (const [header, rule] of [
    ["| Staff member | Level | Completed | Expires |", "| --- | --- | --- | --- |"],
    ["| Name | Safeguarding level | Date completed | Renewal due |", "| --- | --- | --- | --- |"],
  ] as const)
    it(`reads each person's row (${header})`, () => {
      const text = policy([
        header,
        rule,
        "| Dr Oriel Mbatha | Level 3 Safeguarding Children | 11/03/2025 | 03/2028 |",
        "| Mr Fenwick Aldous | Level 3 Safeguarding Children | 02/02/2021 | 02/2024 |",
        "| Nurse Tansy Rookwood | Level 3 Safeguarding Children | – date | |",
      ]);
      const stale = messages(trainingStale, text);
      expect(stale).toHaveLength(1);
      expect(stale[0]).toContain("Fenwick Aldous");
      const undated = messages(trainingUndated, text);
      expect(undated).toHaveLength(1);
      expect(undated[0]).toContain("Tansy Rookwood");
      expect(messages(placeholderText, text)).toEqual([]);
    });

  it("leaves a table of levels that is no training record alone", () => {
    const text = policy([
      "| Concern | Level | Action |",
      "| --- | --- | --- |",
      "| A child at immediate risk | Level 4 | Call 999 |",
      "| Ms Harriet Lowe | Level 2 | – date |",
    ]);
    expect(messages(trainingUndated, text)).toEqual([]);
    expect(messages(trainingStale, text)).toEqual([]);
  });
});

describe("a group's row named with (all) after it", () => {
  it("is a rule for the group, not an undated record", () => {
    for (const who of ["Lifeguards (all)", "Kitchen staff (each)", "Reception team (everyone)"]) {
      const text = policy([
        "| Name | Course | Date | Notes |",
        "| --- | --- | --- | --- |",
        "| Dr Oriel Mbatha | Designated Safeguarding Lead (Level 3) | 11/03/2025 | refresher due 03/2027 |",
        `| ${who} | Safeguarding induction | first week | every 2 years |`,
      ]);
      expect(messages(trainingUndated, text), who).toEqual([]);
    }
  });

  it("still reports a person's undated row beside it", () => {
    const text = policy([
      "| Name | Course | Date | Notes |",
      "| --- | --- | --- | --- |",
      "| Mr Fenwick Aldous (all courses) | Safeguarding induction | | |",
      "| Lifeguards (all) | Safeguarding induction | first week | every 2 years |",
    ]);
    const undated = messages(trainingUndated, text);
    expect(undated).toHaveLength(1);
    expect(undated[0]).toContain("Fenwick Aldous");
  });
});

describe("a PDF training row cut in two by a page break", () => {
  const lead = "Designated Safeguarding Lead: Mrs Ada Lovelace-Byron, Headteacher";
  const text = (last: string) =>
    [
      "Annex B – Brookfield Lane Primary School",
      lead,
      "Name Course Completed Refresher due",
      "Mr Idris Penrose Designated Safeguarding Lead 12/09/2025 09/2027",
      "Mrs Ada Designated 06/05/2023 05/2025",
      "Brookfield Lane Primary School · page 4 of 9",
      "Name Course",
      `${last} Safeguarding Lead refresher`,
      "Annex C – Ordinary things",
    ].join("\n");
  const doc = (last: string) =>
    pdfDocument(
      text(last),
      [
        ["Name", "Course", "Completed", "Refresher due"],
        ["Mr Idris Penrose", "Designated Safeguarding Lead", "12/09/2025", "09/2027"],
        ["Mrs Ada", "Designated", "06/05/2023", "05/2025"],
      ],
      [
        ["Name", "Course"],
        [last, "Safeguarding Lead refresher"],
      ],
    );

  it("is the whole person's record: stale, not missing, not undated", () => {
    const stale = checkDocument(trainingStale, doc("Lovelace-Byron"), { asOf }).map((f) => f.message);
    expect(stale).toHaveLength(1);
    expect(stale[0]).toContain("Ada Lovelace-Byron");
    expect(checkDocument(trainingUndated, doc("Lovelace-Byron"), { asOf })).toEqual([]);
    expect(checkDocument(trainingMissing, doc("Lovelace-Byron"), { asOf })).toEqual([]);
  });

  it("keeps a second part the document never writes with the first as its own record", () => {
    const undated = checkDocument(trainingUndated, doc("Kasimir"), { asOf }).map((f) => f.message);
    expect(undated).toHaveLength(1);
    expect(undated[0]).toContain("Kasimir");
  });
});
