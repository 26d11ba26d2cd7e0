/**
 * training-stale (issue 11, held-out set zz40), in our own words; every name is invented. As of 3 December 2026.
 * A bilingual training table heads its expiry column in both languages ("Yn dod i ben / Expires", "Expiry date /
 * Dyddiad dod i ben"): the row's own expiry, passed, dates the lapse, as under an English "Expires" header. Near
 * miss: a bilingual header of another column ("Nodiadau / Notes") leaves the course's usual validity.
 */
import { describe, expect, it } from "vitest";
import { rule } from "../../src/audit/rules/training-stale.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-03";

const messages = (header: string, expires: string) =>
  checkText(
    rule,
    [
      "# Clwb Nofio Llanfedw — Safeguarding Policy",
      "",
      "Designated Safeguarding Lead: Mrs Eirlys Prosser",
      "",
      "Deputy Designated Safeguarding Lead: Mr Idris Gwilt",
      "",
      `| Enw / Name | Cwrs / Course | Cwblhawyd / Completed | ${header} |`,
      "| --- | --- | --- | --- |",
      `| Mrs Eirlys Prosser | Safeguarding and Protecting Children | 10/05/2023 | ${expires} |`,
      "",
    ].join("\n"),
    { asOf },
  ).map((f) => f.message);

describe("a bilingual expiry header", () => {
  it("dates the lapse by the table's own expiry, in either order of languages, as an English header does", () => {
    for (const header of ["Yn dod i ben / Expires", "Expiry date / Dyddiad dod i ben", "Expires"]) {
      const found = messages(header, "10/08/2026");
      expect([header, ...found]).toEqual([
        header,
        expect.stringContaining("expired on 10 August 2026 (the record's own expiry"),
      ]);
    }
  });

  it("near miss: a bilingual header that is not an expiry leaves the course's own validity", () => {
    const found = messages("Nodiadau / Notes", "10/08/2026");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/lapsed on 10 May 2026 \(it is valid for 3 years\)/);
  });
});
