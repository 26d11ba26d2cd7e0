/**
 * deputy-missing (held-out set zz135), in our own words; every name is invented. A university names its Safeguarding
 * Lead, then "Each faculty has a Designated Safeguarding Officer (DSO), who acts for the Safeguarding Lead within
 * that faculty" over a table "| Faculty | Designated Safeguarding Officer | Contact | DSO training |" with one
 * faculty's officer "Vacant": the officers are the lead's deputies, one a faculty (as "The District Safeguarding Leads
 * are the Company DSL's deputies" makes them, zz138) — the faculty whose officer is vacant has none, reported at its
 * row. Every faculty named: nothing to report. An officer who only reports to the lead deputises for no one: the vacant row is not read so.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { found, markdownDocument, run } from "../fixtures/structure/documents.js";

const policy = (sentence: string, last: string) =>
  markdownDocument(
    [
      "# Safeguarding Under-18s Policy",
      "",
      "## 2. The Safeguarding Lead and Designated Safeguarding Officers",
      "",
      "2.1 The **Academic Registrar, Dr Yewande Marsh-Okoro**, is the university's Safeguarding Lead (01632 960 801).",
      "",
      `2.2 ${sentence}`,
      "",
      "| Faculty | Designated Safeguarding Officer | Contact | DSO training |",
      "|---|---|---|---|",
      "| Arts and Humanities | Dr Piers Calloway, Senior Tutor | p.calloway@example.ac.uk | 11/09/2025 |",
      "| Engineering | Mr Anand Rhys-Tiller, Faculty Registrar | a.rhys-tiller@example.ac.uk | 23/01/2026 |",
      `| Health Sciences | ${last} | — | — |`,
      "",
      "## 3. Events",
      "",
      "Staff tell their faculty's officer the same day.",
      "",
    ].join("\n"),
  );

const SENTENCE =
  "Each faculty has a Designated Safeguarding Officer (DSO), who acts for the Safeguarding Lead within that faculty and is the first person staff in the faculty go to.";

describe("deputy-missing: 'each faculty has a DSO, who acts for the Safeguarding Lead' over a table of DSOs", () => {
  it("reports the faculty whose officer is vacant, at its row", () => {
    const document = policy(SENTENCE, "Vacant");
    const reported = found(run(deputyMissing, document), document);
    expect(reported).toHaveLength(1);
    expect(reported[0]).toContain("Health Sciences");
  });
  it("stays quiet when every faculty's officer is named", () => {
    const document = policy(SENTENCE, "Ms Orla Fenwick-Pryce, Placement Lead");
    expect(run(deputyMissing, document)).toEqual([]);
  });
  it("an officer who only reports to the lead is no deputy: the vacant row is no site without one (near miss)", () => {
    const document = policy(
      "Each faculty has a Designated Safeguarding Officer (DSO), who reports to the Safeguarding Lead each term.",
      "Vacant",
    );
    expect(found(run(deputyMissing, document), document).join("\n")).not.toContain("Health Sciences");
  });
});
