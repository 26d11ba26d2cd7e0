/**
 * review-date-missing and review-overdue (held-out set zz145), in our own words; every name is invented. A Markdown
 * copy of a Word file keeps the Word file's header line as a comment, "<!-- header: … Review date: May 2026 -->": a
 * comment is not part of the Markdown policy, so the .md states no review date at all (review-date-missing), and
 * no overdue review is read from the comment. Still read: a "<!-- footer -->" comment alone marks the block after it,
 * which the Markdown shows ("Next review: May 2026" there is overdue), and a review date in the body.
 */
import { describe, expect, it } from "vitest";
import { rule as reviewDateMissing } from "../../src/audit/rules/review-date-missing.js";
import { rule as reviewOverdue } from "../../src/audit/rules/review-overdue.js";
import { markdownDocument, run } from "../fixtures/structure/documents.js";

const BODY = [
  "# Riverside Play Service – Safeguarding Procedure",
  "",
  "## 1. Who leads on safeguarding",
  "",
  "The Play Service Manager, Ines Carraway, is the designated safeguarding lead (01632 960911).",
  "",
  "## 2. Referrals",
  "",
  "Call the Children's Front Door on 01632 960900 the same day.",
  "",
];

const ids = (text: string) => {
  const document = markdownDocument(text);
  return [...run(reviewDateMissing, document), ...run(reviewOverdue, document)].map(
    (r) => `${r.severity ?? ""}${r.message.slice(0, 40)}`,
  );
};

describe("review-date-missing: a Word-only header line kept as a comment in the Markdown", () => {
  it("reads no review date from '<!-- header: … -->' and reports none stated", () => {
    const text = [
      "<!-- header: Riverside Council · Play Service · Procedure v3 · Review date: May 2026 -->",
      "",
      ...BODY,
    ].join("\n");
    const document = markdownDocument(text);
    expect(run(reviewOverdue, document)).toEqual([]);
    const missing = run(reviewDateMissing, document);
    expect(missing).toHaveLength(1);
    expect(missing[0].message).toContain("does not say when it will next be reviewed");
  });

  it("does the same for a '<!-- footer: … -->' line", () => {
    const text = [...BODY, "<!-- footer: Procedure v3 · Next review: May 2026 -->", ""].join("\n");
    const document = markdownDocument(text);
    expect(run(reviewOverdue, document)).toEqual([]);
    expect(run(reviewDateMissing, document)).toHaveLength(1);
  });

  it("still reads the block a '<!-- footer -->' comment marks, which the Markdown shows", () => {
    const text = [...BODY, "<!-- footer -->", "Procedure v3 · Next review: May 2026", ""].join("\n");
    const document = markdownDocument(text);
    expect(run(reviewDateMissing, document)).toEqual([]);
    expect(run(reviewOverdue, document)).toHaveLength(1);
  });

  it("reads the date that ends a box's cell after an occasion named in two languages over the cell's lines", () => {
    const text = [
      "<!-- header: Clwb Nofio Cwm Hollow / Cwm Hollow Swimming Club – Polisi Diogelu / Safeguarding Policy -->",
      "",
      ...BODY,
      "| Cymeradwywyd / Approved | Adolygiad nesaf / Next review |",
      "| --- | --- |",
      "| Pwyllgor y Clwb / Club Committee,<br>10 Hydref / October 2026 | Cyfarfod Cyffredinol Blynyddol /<br>Annual General Meeting,<br>Hydref / October 2027 |",
      "",
      "<!-- footer: Clwb Nofio Cwm Hollow · Adolygiad nesaf / Next review: Hydref / October 2027 -->",
      "",
    ].join("\n");
    expect(ids(text)).toEqual([]);
  });

  it("stays quiet when the body states a review date in the future", () => {
    const text = [
      "<!-- header: Riverside Council · Play Service · Procedure v3 · Review date: May 2026 -->",
      "",
      ...BODY,
      "Next review date: May 2027",
      "",
    ].join("\n");
    expect(ids(text)).toEqual([]);
  });
});
