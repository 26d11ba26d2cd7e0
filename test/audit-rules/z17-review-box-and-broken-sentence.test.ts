/**
 * Two shapes of the review statement from the seventeenth and eighteenth held-out sets (issue 11), in our own words;
 * every name is invented; as of 1 December 2026.
 *
 * - A PDF's box of the policy's details with no header row of its own: each row a label cell and its value
 *   ("Approved by | Trustees, 2 May 2025", "Review | At the trustees' meeting in December 2026"). The PDF's text
 *   has no colon after "Review": the box is read from the table the PDF reader found, as a Markdown or Word table is.
 * - A review interval whose sentence a line break cuts in two (a Word line break typed in the middle, a web page's
 *   Markdown wrapped wider than the unwrapping allows): "Last updated: 3 March 2025 — this policy" / "is reviewed
 *   every year". The sentence goes on in lower case after a line without a stop, so it is read whole.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { reviewDocumentFindings } from "../helpers/audit-context.js";
import { pdfDocument } from "../helpers/pdf-table-document.js";

const asOf = "2026-12-01";

const findings = (document: SourceDocument) => reviewDocumentFindings(document, asOf);

function textDocument(text: string, format: "md" | "docx"): SourceDocument {
  return {
    file: `policy.${format}`,
    format,
    text,
    outline: { headings: [], links: [], anchors: [] },
    blocks: [],
  };
}

describe("a PDF's box of policy details, a label cell and its value in each row", () => {
  const box = (review: string) =>
    [
      "Ashgrove Riding for the Disabled Group · Safeguarding Policy",
      "Safeguarding Children and Adults at Risk",
      "Agreed by Group committee, 9 January 2026",
      `Review ${review}`,
      "Covers Coaches, volunteers, sidewalkers and helpers",
      "1. Who we are",
      "We give riding lessons to children and adults with disabilities at Ashgrove Farm.",
    ].join("\n");
  const document = (review: string, reviewCell: string) =>
    pdfDocument(box(review), [
      ["Agreed by", "Group committee, 9 January 2026"],
      ["Review", reviewCell],
      ["Covers", "Coaches, volunteers, sidewalkers and helpers"],
    ]);

  it("reads a review in the box's second row as due soon, its date after words", () => {
    const review = "When the committee meets in\nDecember 2026";
    const found = findings(document(review, "When the committee meets in December 2026"));
    expect(found.map(([id]) => id)).toEqual(["review-due-soon"]);
    expect(found[0][1]).toContain("December 2026");
  });

  it("reads a passed review in the box as overdue", () => {
    const review = "At the committee's meeting on 14\nJuly 2026";
    const found = findings(document(review, "At the committee's meeting on 14 July 2026"));
    expect(found.map(([id]) => id)).toEqual(["review-overdue"]);
  });

  it("says nothing of a box whose review is well ahead (not a missing review date)", () => {
    const review = "At the committee's meeting in\nJune 2027";
    expect(findings(document(review, "At the committee's meeting in June 2027"))).toEqual([]);
  });

  it("does not read a 'Reviewed by' cell, which names people, as the next review", () => {
    const text = [
      "Ashgrove Riding for the Disabled Group · Safeguarding Policy",
      "Reviewed by Group committee",
      "Agreed 9 March 2026",
      "This policy is reviewed every year.",
    ].join("\n");
    const found = findings(
      pdfDocument(text, [
        ["Reviewed by", "Group committee"],
        ["Agreed", "9 March 2026"],
      ]),
    );
    expect(found).toEqual([]);
  });
});

describe("a review interval whose sentence a line break cuts in two", () => {
  it("reads a Markdown page's 'last updated … this policy' / 'is reviewed every year' as one sentence", () => {
    const text = [
      "# Safeguarding at Fernside Canoe Club",
      "",
      "*Fernside Canoe Club is a member of Paddle UK. Last updated: 3 March 2025 — this policy",
      "is reviewed every year by the club committee.*",
      "",
      "## Who to talk to",
    ].join("\n");
    const found = findings(textDocument(text, "md"));
    expect(found.map(([id]) => id)).toEqual(["review-overdue"]);
    expect(found[0][1]).toContain("last updated 3 March 2025 and reviewed every year, so due 3 March 2026");
  });

  it("reads a Word paragraph with a line break typed mid-sentence", () => {
    const text = [
      "Wrenfield Toddler Group – Safeguarding Statement",
      "Last reviewed: 20 October 2025 by the playgroup committee, who review this statement",
      "once a year and after any serious incident.",
      "Who to talk to",
    ].join("\n");
    const found = findings(textDocument(text, "docx"));
    expect(found.map(([id]) => id)).toEqual(["review-overdue"]);
    expect(found[0][1]).toContain("so due 20 October 2026");
  });

  it("does not join a line that ends its sentence, nor take a new line in capitals as its end", () => {
    const ended = [
      "Last updated: 3 March 2025 — see the notes for this policy.",
      "equipment is reviewed every year by the kit officer.",
    ].join("\n");
    expect(findings(textDocument(ended, "md")).map(([id]) => id)).not.toContain("review-overdue");
    const capital = [
      "Last updated: 3 March 2025 — this policy",
      "Equipment is reviewed every year by the kit officer.",
    ].join("\n");
    expect(findings(textDocument(capital, "docx")).map(([id]) => id)).not.toContain("review-overdue");
  });
});

describe("an approval in a sentence whose subject is the policy, in other words than 'this policy'", () => {
  it("counts 'Our safeguarding statement was agreed … on' and 'The child protection policy was approved … on'", () => {
    const ours =
      "Our safeguarding statement was agreed by the parish council on 20 October 2025, and we review it every year.";
    expect(findings(textDocument(ours, "md"))[0]?.[1]).toContain(
      "agreed 20 October 2025 and reviewed every year",
    );
    const theirs =
      "The child protection policy was approved by the trustees on 2 June 2024 and is reviewed annually.";
    expect(findings(textDocument(theirs, "docx"))[0]?.[1]).toContain(
      "approved 2 June 2024 and reviewed every year",
    );
  });

  it("does not count a witness's statement or another policy as the policy's approval", () => {
    const witness =
      "The statement was signed by the parent on 20 October 2025. This policy is reviewed every year.";
    expect(findings(textDocument(witness, "md")).map(([id]) => id)).toEqual(["review-date-missing"]);
    const other =
      "Our policy on mobile phones was agreed on 20 October 2025. This policy is reviewed every year.";
    expect(findings(textDocument(other, "md")).map(([id]) => id)).toEqual(["review-date-missing"]);
  });
});
