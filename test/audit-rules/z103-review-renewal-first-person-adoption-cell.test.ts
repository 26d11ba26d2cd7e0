/**
 * Three review shapes from the hundred-and-third held-out set (issue 11), in our own words; every name is invented.
 * As of 1 December 2026.
 * - A document that calls itself a pledge or promise and is "renewed": "This version was agreed at the AGM in March
 *   2025, and the next renewal is due at the AGM in March 2026" is its next review — not a DBS check's or a
 *   course's renewal.
 * - A sole trader in the first person: "I go over this policy again every October … I last did so on 9 October
 *   2025" — the last review, from which the yearly interval counts.
 * - A PDF's two-column table whose row is headed "Approval and review", its cell "Approved by the trustees: 2 May" /
 *   "2024. Review: every two years": the approval is the policy's, read from the table the PDF reader found.
 */
import { describe, expect, it } from "vitest";
import { reviewDocumentFindings } from "../helpers/audit-context.js";
import { pdfDocument } from "../helpers/pdf-table-document.js";
import { reviewFindings, reviewPolicy } from "../helpers/review-findings.js";

const asOf = "2026-12-01";
const findings = (text: string) => reviewFindings(text, { asOf });
const doc = (title: string, ...body: string[]) => reviewPolicy("Orla Penhale", title, ...body);

describe("a document renewed at its AGM", () => {
  it("reads 'the next renewal is due at the AGM in March 2026' after 'this version was agreed' as overdue", () => {
    const text = doc(
      "Our Safeguarding Pledge – Junior Chess at Fenwick Hall",
      "We renew this pledge at every Annual General Meeting of the club. This version was agreed at the AGM in March 2025, and the next renewal is due at the AGM in March 2026.",
    );
    expect(findings(text)).toEqual([["review-overdue", expect.stringContaining("March 2026")]]);
  });

  it("reads a renewal still to come as no finding", () => {
    const text = doc(
      "Our Safeguarding Pledge – Junior Chess at Fenwick Hall",
      "This version was agreed at the AGM in March 2026, and the next renewal is due at the AGM in March 2027.",
    );
    expect(findings(text)).toEqual([]);
  });

  it("does not read a DBS check's or a course's next renewal as the policy's", () => {
    for (const sentence of [
      "Every coach has an enhanced DBS check; the next renewal is due in March 2026.",
      "This policy needs every volunteer to hold a first aid certificate, and the next renewal is due in March 2026.",
    ])
      expect(findings(doc("Fenwick Chess Club Safeguarding Policy", sentence))).toEqual([
        ["review-date-missing", expect.stringContaining("does not say when it will next be reviewed")],
      ]);
  });
});

describe("a sole trader's own last look at the policy", () => {
  it("counts a year from 'I last did so on …' after 'I go over this policy again every October'", () => {
    const text = doc(
      "Penny Puppets – Safeguarding Policy",
      "I look at this policy again every October, before the busy winter bookings begin. I last did so on 9 October 2025.",
    );
    expect(findings(text)).toEqual([["review-overdue", expect.stringMatching(/9 October 2025/)]]);
  });

  it("does not take 'last did so' after a sentence about something else", () => {
    const text = doc(
      "Penny Puppets – Safeguarding Policy",
      "I look at this policy again every October.",
      "I check my puppets for damage before every show. I last did so on 9 October 2025.",
    );
    expect(findings(text)).toEqual([["review-date-missing", expect.stringContaining('"every October"')]]);
  });
});

describe("a PDF table row headed 'Approval and review'", () => {
  const text = [
    "Section Policy text",
    "1 Purpose We keep juniors at Wendle Archery Club safe.",
    "Approval and review Approved by the trustees: 2 May",
    "2024. Review: every two years, or sooner if the law changes.",
  ].join("\n");
  const document = pdfDocument(text, [
    ["Section", "Policy text"],
    ["1 Purpose", "We keep juniors at Wendle Archery Club safe."],
    [
      "Approval and review",
      "Approved by the trustees: 2 May 2024. Review: every two years, or sooner if the law changes.",
    ],
  ]);
  it("dates the review from the approval in the row's cell", () => {
    const found = reviewDocumentFindings(document, asOf);
    expect(found).toEqual([["review-overdue", expect.stringMatching(/approved 2 May 2024/)]]);
  });
});
