/**
 * training-missing (review of the thirty-seventh session, in our own words; every name is invented): a key facts
 * box's "Lead trained" value that opens with a no — "not yet", "no", "not trained", "none" — is no record whatever
 * follows it: "Not yet – due by 03/2027" gives a date the course is due, "Not trained – DBS check completed 03/2025"
 * the date of a vetting check, not of a course. Only a course's completed date after the no keeps a record ("not yet
 * Level 3 – Level 2 completed 03/2025"). A date the training is due, alone ("Training due 01/2027"), is never a
 * record. Stays right: a longer value that is no "no" ("no refresher needed until 03/2027", "awaiting certificate
 * (course completed 14/10/2026)") keeps its record (z36). As of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const box = (value: string) =>
  [
    "# Safeguarding Policy – Fernbrook Youth Band",
    "",
    "| Key facts | |",
    "|---|---|",
    "| Designated lead | Maud Ellery (07700 900721) |",
    `| Lead trained | ${value} |`,
    "| Deputy lead | Kit Varley (07700 900722) |",
    "| Deputy trained | 02/04/2026 |",
    "| Review by | September 2027 |",
    "",
  ].join("\n");

describe("a key facts box's training value that opens with a no", () => {
  it.each([
    "Not yet – due by 03/2027",
    "No – due 03/2027",
    "not yet, due by March 2027",
    "None yet (booked for 02/2027)",
    "Not trained – DBS check completed 03/2025",
    "No (enhanced DBS completed 11/2025; course due 01/2027)",
    "Training due 01/2027",
    "due by 02/2027",
  ])("is no record: %s", (value) => {
    const found = checkText(trainingMissing, box(value), { asOf });
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain("Maud Ellery");
  });

  it.each([
    "not yet Level 3 – Level 2 completed 03/2025",
    "No refresher yet (course completed 05/2025)",
    "no refresher needed until 03/2027",
    "awaiting certificate (course completed 14/10/2026)",
    "Refresher due 01/2027",
    "Yes",
  ])("keeps its record: %s", (value) => {
    expect(checkText(trainingMissing, box(value), { asOf })).toEqual([]);
  });
});
