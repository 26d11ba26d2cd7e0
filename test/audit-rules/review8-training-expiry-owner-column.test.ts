/**
 * training-stale, review 8 of c2940e5 (issue 11), in our own words; every name is invented.
 * - Only the column straight before "Expires" can own its expiry, and only when it names a check: a "Licence no."
 *   or "Certificate number" column holds a number, not a check, so the course keeps its own "Expires" date.
 * - A bare "Licence", "Driving" or "Insurance" header names no other check (a coaching licence is the course).
 * - Still: a DBS or first-aid column straight before "Expires" dates that check, not the course.
 */
import { describe, expect, it } from "vitest";
import { rule } from "../../src/audit/rules/training-stale.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const messages = (lines: string[]) =>
  checkText(rule, ["# Safeguarding Policy", "", ...lines, ""].join("\n"), { asOf }).map((f) => f.message);

const leads = [
  "Designated Safeguarding Lead: Tamsin Greave",
  "Deputy Designated Safeguarding Lead: Oren Falk",
  "",
];

describe("the column that owns an Expires date", () => {
  it("a licence-number column before Expires leaves the course's own expiry", () => {
    const found = messages([
      ...leads,
      "| Name | Course | Completed | Licence no. | Expires |",
      "| --- | --- | --- | --- | --- |",
      "| Tamsin Greave | Designated Safeguarding Lead | 02/04/2025 | LN-4471 | 02/04/2026 |",
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^Tamsin Greave's .* expired on 2 April 2026 \(the record's own expiry/);
  });

  it("an insurance column between the date and Expires, not straight before it, leaves it too", () => {
    const found = messages([
      ...leads,
      "| Name | Course | Completed | Insurance | Provider | Expires |",
      "| --- | --- | --- | --- | --- | --- |",
      "| Oren Falk | Designated Safeguarding Lead | 15/05/2025 | Yes | Council | 15/05/2026 |",
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^Oren Falk's .* expired on 15 May 2026/);
  });

  it("near miss: a DBS column straight before Expires dates the DBS check", () => {
    expect(
      messages([
        ...leads,
        "| Name | Course | Completed | DBS check | Expires |",
        "| --- | --- | --- | --- | --- |",
        "| Tamsin Greave | Designated Safeguarding Lead | 11/02/2026 | Enhanced | 14/07/2026 |",
      ]),
    ).toEqual([]);
  });

  it("near miss: a first-aid column straight before Expires dates the first-aid certificate", () => {
    expect(
      messages([
        ...leads,
        "| Name | Course | Completed | First aid | Expires |",
        "| --- | --- | --- | --- | --- |",
        "| Tamsin Greave | Designated Safeguarding Lead | 11/02/2026 | Yes | 14/07/2026 |",
      ]),
    ).toEqual([]);
  });
});
