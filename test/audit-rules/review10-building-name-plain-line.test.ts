/**
 * "Designated Safeguarding Lead: Rowan Hall, 9 Tanner Street" on a line of its own names the lead, and lead-missing
 * takes her as the named lead: training-missing must then ask for her training too, or the two rules disagree. A
 * building's name before a house number is read as a place only in a table's cell, where a PDF runs a site column
 * into the role's (e30062a). Review 9 (issue 11), in our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const policy = (leadLine: string) =>
  [
    "# Hazel Bank Nursery — Safeguarding Policy",
    "",
    leadLine,
    "Deputy Designated Safeguarding Lead: Mr Idris Vaughan, 01632 960 412",
    "",
    "## Training",
    "",
    "| Name | Course | Completed |",
    "| --- | --- | --- |",
    "| Mr Idris Vaughan | Designated Safeguarding Lead training | 14/05/2025 |",
    "",
    "This policy was adopted on 1 September 2026 and will be reviewed by 1 September 2027.",
  ].join("\n");

describe("a building-worded name on a plain 'Role: name, address' line is the lead", () => {
  it.each([
    "Designated Safeguarding Lead: Rowan Hall, 9 Tanner Street",
    "Designated Safeguarding Lead – Beatrice House, 3 Tanner Street",
  ])("%s", (line) => {
    const text = policy(line);
    expect(checkText(leadMissing, text, { asOf })).toEqual([]);
    const found = checkText(trainingMissing, text, { asOf }).map((f) => f.message);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/Rowan Hall|Beatrice House/);
  });

  it("near miss: the same name in a table's cell, with nothing else to go on, is a place", () => {
    const text = policy(
      [
        "| Role | Name and address | Telephone |",
        "| --- | --- | --- |",
        "| Designated Safeguarding Lead | Rowan Hall, 9 Tanner Street | 01632 960 411 |",
      ].join("\n"),
    );
    expect(checkText(trainingMissing, text, { asOf })).toEqual([]);
  });
});
