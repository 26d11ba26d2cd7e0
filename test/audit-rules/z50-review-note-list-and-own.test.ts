/**
 * review-overdue / review-due-soon / review-date-missing (issue 11, a reviewer's findings on the forty-second session's
 * verbless-note change, in our own words; every name is invented; as of 1 December 2026).
 *
 * - "Reviewed annually by the trustees." as a closing paragraph after a bulleted list of contacts is the policy's own
 *   rule (a list only takes a note inside one of its items, or indented under one).
 * - "7. Monitoring and review. Reviewed annually by the trustees." — a numbered line on its own is a heading, not a
 *   list item: the note is the policy's.
 * - "To be reviewed every three years." after a sentence about DBS checks, or "To be reviewed annually." under a
 *   section about consent forms, is that thing's review — not the policy's, which states its own ("This policy is
 *   reviewed every year.") or none. "Adopted on 14 May 2024. To be reviewed annually." stays the policy's.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as reviewDateMissing } from "../../src/audit/rules/review-date-missing.js";
import { rule as reviewDueSoon } from "../../src/audit/rules/review-due-soon.js";
import { rule as reviewOverdue } from "../../src/audit/rules/review-overdue.js";
import { markdownDocument, pdfDocument, run } from "../fixtures/structure/documents.js";

const title = "# Brackenford Rowing Club — Safeguarding Policy";
const officers =
  "The Club Welfare Officer is Mrs Ottilie Varga (07700 900614). The Deputy Welfare Officer is Mr Casimir Doyle (07700 900615). Both completed the British Rowing safeguarding course in January 2026.";

const findings = (document: SourceDocument) =>
  [reviewDateMissing, reviewOverdue, reviewDueSoon].flatMap((rule) =>
    run(rule, document).map((f) => [rule.meta.id, f.message]),
  );
const md = (lines: readonly string[]) => markdownDocument(lines.join("\n"));
const missing = [["review-date-missing", expect.any(String)]];
const dueSoon = [["review-due-soon", expect.stringMatching(/10 January 2027/)]];

describe("a closing 'Reviewed annually' paragraph after a bulleted list is the policy's", () => {
  const contacts = [
    "## Who else to call",
    "",
    "- Childline: 0800 1111",
    "- Brackenshire Children's Services: 01632 960 472",
    "- Police (emergency): 999",
  ];
  it("reads the closing paragraph (md and pdf)", () => {
    const lines = [
      title,
      "",
      "Approved by the committee on 10 January 2026.",
      "",
      officers,
      "",
      ...contacts,
      "",
      "Reviewed annually by the committee.",
    ];
    expect(findings(md(lines))).toEqual(dueSoon);
    expect(
      findings(pdfDocument(lines.map((l) => l.replace(/^#+ /, "").replace(/^- /, "• ")).join("\n"))),
    ).toEqual(dueSoon);
  });
  it("stays quiet for a note indented under a list item (near miss)", () => {
    const lines = [
      title,
      "",
      "Approved by the committee on 10 January 2026.",
      "",
      officers,
      "",
      "## Records we keep",
      "",
      "- Each rower's medical form",
      "  Reviewed annually by the committee.",
      "- Each rower's photo consent",
    ];
    expect(findings(md(lines))).toEqual(missing);
  });
});

describe("a numbered line on its own is a heading, not a list item", () => {
  it("reads '7. Monitoring and review. Reviewed annually by the committee.'", () => {
    const lines = [
      title,
      "",
      "Approved by the committee on 10 January 2026.",
      "",
      officers,
      "",
      "7. Monitoring and review. Reviewed annually by the committee.",
    ];
    expect(findings(md(lines))).toEqual(dueSoon);
  });
  it("stays quiet for a note in a run of numbered items (near miss)", () => {
    const lines = [
      title,
      "",
      "Approved by the committee on 10 January 2026.",
      "",
      officers,
      "",
      "1. Fill in the consent form.",
      "2. Keep the medical form in the boathouse office. Reviewed annually.",
      "3. Tell the coach about any allergy.",
    ];
    expect(findings(md(lines))).toEqual(missing);
  });
});

describe("'To be reviewed …' is the policy's own only where nothing ties it to another thing", () => {
  it("keeps the policy's own words over a DBS note's longer interval", () => {
    const lines = [
      title,
      "",
      "Approved by the committee on 10 September 2025. This policy is reviewed every year.",
      "",
      officers,
      "",
      "## Recruitment",
      "",
      "Every coach and volunteer who works with juniors has an enhanced DBS check, arranged through British Rowing. To be reviewed every three years.",
    ];
    expect(findings(md(lines))).toEqual([["review-overdue", expect.stringMatching(/10 September 2026/)]]);
  });
  it("does not take a note under a consent-forms section as the policy's", () => {
    const lines = [
      title,
      "",
      "Approved by the committee on 10 March 2026.",
      "",
      officers,
      "",
      "## Consent forms",
      "",
      "Each junior rower's medical and photography consent form is kept by the Club Welfare Officer in the office.",
      "To be reviewed annually.",
      "",
      "## Training",
      "",
      "Both officers renew the British Rowing course every three years, most recently in January 2026.",
    ];
    expect(findings(md(lines))).toEqual(missing);
  });
  it("takes the note straight after the adoption, or as the policy's closing line (stays the policy's)", () => {
    const overdue = [["review-overdue", expect.stringMatching(/14 May 2024.*14 May 2025/)]];
    expect(
      findings(md([title, "", "Adopted on 14 May 2024.", "", "To be reviewed annually.", "", officers])),
    ).toEqual(overdue);
    expect(
      findings(md([title, "", "Adopted on 14 May 2024.", "", officers, "", "To be reviewed annually."])),
    ).toEqual(overdue);
  });
});
