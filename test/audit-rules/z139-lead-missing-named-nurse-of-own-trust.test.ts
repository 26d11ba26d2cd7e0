/**
 * lead-missing (held-out set zz139, from a review), in our own words; every name is invented. An NHS trust's own
 * policy names its own named nurse with the trust as her employer:
 *   "**Named Nurse for Safeguarding Children** – Mrs NAME, Ashcombe Hospitals NHS Trust. NAME leads safeguarding
 *   across the hospital."
 * Under a title or header that names the same trust she is the policy's lead, not an adviser from another body. Near
 * misses: a school's policy, or a trust's policy under another trust's name (the whole name compared: "North Ashcombe
 * Hospitals NHS Trust" is another trust), still reads her as an outside adviser.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { analyse } from "../../src/audit/rules/helpers.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const NURSE =
  "**Named Nurse for Safeguarding Children** – Mrs Oriane Thackeray-Mbu, Ashcombe Hospitals NHS Trust. Oriane leads safeguarding across the hospital and keeps the safeguarding records. 01632 960 733";
const WORRY = "Staff pass every worry to the Named Nurse for Safeguarding Children the same day.";

const layouts = (title: string, header?: string): SourceDocument[] => [
  markdownDocument(
    [
      ...(header ? [`<!-- header: ${header} -->`, ""] : []),
      `# ${title}`,
      "",
      "## 3. Safeguarding roles",
      "",
      NURSE,
      "",
      WORRY,
      "",
    ].join("\n"),
  ),
  wordDocument(
    [
      ...(header ? [`<p>${header}</p>`] : []),
      `<h1>${title}</h1>`,
      "<h2>3. Safeguarding roles</h2>",
      `<p>${NURSE.replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")}</p>`,
      `<p>${WORRY}</p>`,
    ].join(""),
  ),
  pdfDocument(
    [
      ...(header ? [header] : []),
      title,
      "3. Safeguarding roles",
      NURSE.replace(/\*\*/g, "").replace(/(.{60,75}?) /g, "$1\n"),
      WORRY,
    ].join("\n"),
  ),
];

const leads = (document: SourceDocument) => [
  ...new Set(
    analyse(document)
      .leads.filter((m) => m.role === "dsl" && !m.team)
      .flatMap((m) => m.names ?? (m.name ? [m.name] : [])),
  ),
];

describe("a trust's own named nurse, her employer the trust the policy is for", () => {
  it("is the lead when the title names the trust", () => {
    for (const document of layouts("Ashcombe Hospitals NHS Trust — Safeguarding Children Policy")) {
      expect(leads(document), `${document.format} ${JSON.stringify(leads(document))}`).toEqual([
        "Mrs Oriane Thackeray-Mbu",
      ]);
      expect(run(leadMissing, document), document.format).toEqual([]);
    }
  });

  it("is the lead when the header above the title names the trust", () => {
    for (const document of layouts(
      "Safeguarding Children Policy",
      "Ashcombe Hospitals NHS Trust · Women's and Children's Division",
    )) {
      expect(leads(document), `${document.format} ${JSON.stringify(leads(document))}`).toEqual([
        "Mrs Oriane Thackeray-Mbu",
      ]);
      expect(run(leadMissing, document), document.format).toEqual([]);
    }
  });
});

describe("near misses", () => {
  it("another trust's named nurse is still an adviser from outside", () => {
    for (const title of [
      "Ashcombe Community NHS Trust — Safeguarding Children Policy",
      "North Ashcombe Hospitals NHS Trust — Safeguarding Children Policy",
      "Larkfield Primary School — Safeguarding Policy",
    ])
      for (const document of layouts(title)) {
        expect(leads(document), `${title} ${document.format} ${JSON.stringify(leads(document))}`).toEqual([]);
        expect(run(leadMissing, document), `${title} ${document.format}`).toHaveLength(1);
      }
  });
});
