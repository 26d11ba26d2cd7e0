/**
 * training-stale (held-out set zz136), in our own words; every name is invented. "Our **Practice Manager**, Mrs Ines
 * Varga-Holt, is the agency's Designated Safeguarding Lead." names the lead: the organisation's possessive before the
 * role ("the agency's", "the company's", "the charity’s") sits between the name and the role as "the school's" does.
 * Her "Training: …" line under the sentence is her own record, and its lapse is reported against her name — also
 * under a contact line with a bracketed note of hours ("Email: … · Phone: … (Monday to Friday, 9am–5pm)"), where a
 * current course leaves her no training-missing. A name tied to another verb ("… supports the agency's Designated
 * Safeguarding Lead") stays no lead.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { markdownDocument, pdfDocument, run } from "../fixtures/structure/documents.js";

const policy = (owner: string, contact = "01632 960 610 · i.varga-holt@brightwater.example.org") =>
  [
    "# Brightwater Supported Lodgings — Safeguarding Policy",
    "",
    "Approved: 2 March 2026",
    "",
    "## 2. Who is responsible",
    "",
    `Our **Practice Manager**, Mrs Ines Varga-Holt, is the ${owner} Designated Safeguarding Lead.`,
    contact,
    "Training: Designated Safeguarding Lead (Level 3), 12/10/2024",
    "",
    "**Deputy Designated Safeguarding Lead:** Mr Osric Penn, Team Leader",
    "Training: Designated Safeguarding Lead (Level 3), 04/2026",
    "",
  ].join("\n");

describe("training-stale: a lead named before 'is the agency's Designated Safeguarding Lead'", () => {
  for (const owner of ["agency's", "company's", "charity’s"])
    it(`ties the lapsed course to the lead (${owner})`, () => {
      const found = run(trainingStale, markdownDocument(policy(owner)));
      expect(found).toHaveLength(1);
      expect(found[0].message).toContain("Varga-Holt");
    });
  it("does not read a name tied to another job as the lead (near miss)", () => {
    const text = policy("agency's").replace(
      "Our **Practice Manager**, Mrs Ines Varga-Holt, is the agency's Designated Safeguarding Lead.",
      "Our **Practice Manager**, Mrs Ines Varga-Holt, supports the agency's Designated Safeguarding Lead.",
    );
    const found = run(trainingStale, markdownDocument(text));
    expect(found.map((f) => f.message).join(" ")).not.toContain("Varga-Holt");
  });
  it("reads her record under a contact line with its hours in brackets", () => {
    const contact =
      "Email: i.varga-holt@brightwater.example.org · Phone: 01632 960 610 (Monday to Friday, 9am–5pm)";
    const stale = run(trainingStale, markdownDocument(policy("agency's", contact)));
    expect(stale.map((f) => f.message)).toEqual([expect.stringContaining("Varga-Holt")]);
    const current = policy("agency's", contact).replace("12/10/2024", "12/10/2025");
    expect(run(trainingMissing, markdownDocument(current))).toEqual([]);
    const pdf = current
      .replace(/^#+ /gm, "")
      .replace(/\*\*/g, "")
      .replace("(Monday to Friday, ", "(Monday to Friday,\n");
    expect(run(trainingMissing, pdfDocument(pdf))).toEqual([]);
  });
});
