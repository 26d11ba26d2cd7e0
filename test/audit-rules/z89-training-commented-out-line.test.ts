/**
 * training (held-out set zz89, an air ambulance's young fundraisers), in our own words; every name is invented. A
 * Markdown policy's HTML comment is hidden when the page is shown: a deputy's old training line kept in a comment
 * ("<!-- del: Name · DSO training – 14/02/2020 -->", how a Word file's tracked deletion is copied) is no record, so it
 * never lapses — nor is the deputy whose role line was deleted the same way a lead at all. The record shown is still
 * read.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const policy = (deputy: string) =>
  `# Kestle Air Ambulance Young Fundraisers – Safeguarding Policy\n\n## Who leads\n\nDesignated Safeguarding Officer: Dr Asha Mehta\n\n<!-- del: Ciara Boyle – Deputy Designated Safeguarding Officer -->\n<ins>Tom Reilly-Gray – Deputy Designated Safeguarding Officer</ins>\n\n## Training\n\nDr Asha Mehta\n· Designated Safeguarding Officer training (NSPCC) – 09/06/2025\n\n${deputy}\n`;

describe("a training line in an HTML comment", () => {
  it("is never read as a record", () => {
    const reports = checkText(
      trainingStale,
      policy(
        "<!-- del: Ciara Boyle · Designated Safeguarding Officer training (NSPCC) – 14/02/2020 -->\n<ins>Tom Reilly-Gray</ins>\n<ins>· Deputy Designated Officer training (Volunteer Now) – 03/2025</ins>",
      ),
      { asOf },
    );
    expect(reports.map((r) => r.message)).toEqual([]);
  });

  it("near miss: the same line shown is read", () => {
    const reports = checkText(
      trainingStale,
      policy("Tom Reilly-Gray\n· Deputy Designated Safeguarding Officer training (NSPCC) – 14/02/2020"),
      { asOf },
    );
    expect(reports).toHaveLength(1);
    expect(reports[0].message).toContain("Tom Reilly-Gray");
  });
});
