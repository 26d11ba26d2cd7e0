/**
 * Read from the held-out set zz107, in our own words; every name and setting is invented. As of 1 December 2026.
 * A typed policy scanned and read by OCR: the text layer has letters for digits — "l" or "I" for 1, "O" for 0 —
 * in its dates ("l9 May 20l6", "0ctober 20l7", "June 2O13"). Inside a date-shaped run (a day, a month's name and a
 * year, or a month's name and a year) a careful reader reads the digits; the date is measured and quoted as written.
 * Outside one ("Tel: 0l632 960 l88", "Regulations 20l4", "I May come", "Ward l2") nothing changes.
 * The same scan writes a zero for the capital O of "Officer" ("Deputy Child Protection 0fficer:"): still the
 * deputy's label, with the name on the next line. And an old Act's year with an "l" for its 1 ("Data Protection Act
 * l998") is still the repealed Act.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { rule as reviewDateMissing } from "../../src/audit/rules/review-date-missing.js";
import { rule as reviewOverdue } from "../../src/audit/rules/review-overdue.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { findDates } from "../../src/audit/text/dates.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function scan(training: string, review: string): string {
  return [
    "# FERNLEIGH B0YS' BRIGADE COMPANY",
    "",
    "CHILD PR0TECTION POLICY",
    "",
    "## 1. Child Protection Officer",
    "",
    "The Company's Child Protection Officer is:",
    "Mr Dafydd Okonkwo-Reilly",
    "Tel: 0l632 960 l88",
    "",
    "Deputy Child Protection Officer:",
    "Mrs Perpetua Vance",
    "",
    "## 2. Training",
    "",
    training,
    "",
    "## 3. Review",
    "",
    "This policy will be reviewed by the Cornmittee every year.",
    review,
    "",
  ].join("\n");
}

describe("OCR's letters for digits inside a date", () => {
  it("reads 'l9 May 20l6', '0ctober 20l7', 'June 2O13' and 'Ju1y 20l5' as dates, quoting them as written", () => {
    const text = "on l9 May 20l6, due 0ctober 20l7, from June 2O13 and in Ju1y 20l5.";
    expect(findDates(text).map((d) => [d.text, d.date.first, d.date.precision])).toEqual([
      ["on l9 May 20l6", "2016-05-19", "day"],
      ["0ctober 20l7", "2017-10-01", "month"],
      ["June 2O13", "2013-06-01", "month"],
      ["Ju1y 20l5", "2015-07-01", "month"],
    ]);
  });

  it("leaves numbers and words that are not a date's run alone", () => {
    for (const text of [
      "Tel: 0l632 960 l88",
      "the Children (Performances) Regulations 20l4",
      "no more than l2 children",
      "Ward l2, Block O",
      "Signed in the Cornmittee room",
      "Mayor 20l6",
    ])
      expect(findDates(text)).toEqual([]);
  });

  it("an OCR'd training date is a date: the lapsed course is stale, not undated", () => {
    const text = scan(
      'Mr Okonkwo-Reilly attended the course "Keeping Children Safe in Uniformed Groups" on l9 May 20l6.\nMrs Vance attended Safeguarding Awareness run by Fernleigh Council in June 20l4.',
      "Next review date: 0ctober 20l7",
    );
    expect(checkText(trainingUndated, text, { asOf })).toEqual([]);
    const stale = checkText(trainingStale, text, { asOf }).map((d) => d.message);
    expect(stale).toEqual([
      expect.stringMatching(/Okonkwo-Reilly's .*dated 19 May 2016 — it lapsed/),
      expect.stringMatching(/dated June 2014 — it lapsed/),
    ]);
  });

  it("an OCR'd review date is the review's date: overdue, not missing", () => {
    const text = scan("Both leads attended training in March 2026.", "Next review date: 0ctober 20l7");
    expect(checkText(reviewDateMissing, text, { asOf })).toEqual([]);
    const overdue = checkText(reviewOverdue, text, { asOf });
    expect(overdue.map((d) => d.excerpt ?? d.message)).toEqual([expect.stringContaining("0ctober 20l7")]);
  });
});

describe("OCR's zero for the O of 'Officer'", () => {
  it("'Deputy Child Protection 0fficer:' with the name on the next line names the deputy", () => {
    const text = scan(
      "Both leads attended training in March 2026.",
      "Next review date: October 2027",
    ).replace("Deputy Child Protection Officer:", "Deputy Child Protection 0fficer:");
    expect(text).toContain("0fficer:");
    expect(checkText(deputyMissing, text, { asOf })).toEqual([]);
  });

  it("with no deputy at all, the deputy is still missing", () => {
    const text = scan("Mr Okonkwo-Reilly attended training in March 2026.", "Next review date: October 2027")
      .replace("Deputy Child Protection Officer:\nMrs Perpetua Vance\n", "")
      .replace("Child Protection Officer is", "Child Protection 0fficer is");
    expect(text).not.toContain("Vance");
    expect(checkText(deputyMissing, text, { asOf }).map((d) => d.message)).toEqual([
      expect.stringMatching(/does not name a deputy/),
    ]);
  });
});

describe("OCR's 'l' for the 1 of a repealed Act's year", () => {
  it("'Data Protection Act l998' is the 1998 Act", () => {
    const text = scan(
      "Both leads attended training in March 2026.",
      "Next review date: October 2027",
    ).replace(
      "## 2. Training",
      "Records are kept in line with the Data Protection Act l998.\n\n## 2. Training",
    );
    expect(checkText(outdatedReference, text, { asOf }).map((d) => d.message)).toEqual([
      expect.stringMatching(/^"Data Protection Act l998" is out of date/),
    ]);
  });
});
