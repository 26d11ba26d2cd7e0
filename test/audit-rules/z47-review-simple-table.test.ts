/**
 * A policy box written as a pandoc simple table (issue 12, the forty-eighth held-out set, in our own words; every
 * name is invented; as of 1 December 2026): rows of a label and its value apart by a run of spaces between two
 * dashed rules, "Adopted   May 2024, at the trustees' meeting" and "Review   Every two years, or sooner if …". The
 * review is due two years after adoption — overdue — not missing. Word keeps the rows as lines whose gaps are
 * runs of spaces, and reads the same.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { markdownDocument, wordDocument } from "../fixtures/structure/documents.js";
import { reviewDocumentFindings } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const findings = (document: SourceDocument) => reviewDocumentFindings(document, asOf);

const rows = (adopted: string, review: string) => [
  ["Policy owner", "Tamsin Achterberg, Play Leader"],
  ["Adopted", adopted],
  ["Review", review],
];

function markdown(adopted: string, review: string): string {
  return [
    "# Puffin Row Adventure Playground — Keeping Children Safe",
    "",
    "Tell our play leader, Tamsin Achterberg, about any worry on the day.",
    "",
    "## About this policy",
    "",
    `  -------------- ${"-".repeat(60)}`,
    ...rows(adopted, review).map(([label, value]) => `  ${label.padEnd(14)} ${value}`),
    `  -------------- ${"-".repeat(60)}`,
    "",
  ].join("\n");
}

function word(adopted: string, review: string): string {
  const gap = (label: string) => ` ${"\u00a0".repeat(14 - label.length)}`;
  return [
    "<h1>Puffin Row Adventure Playground — Keeping Children Safe</h1>",
    "<p>Tell our play leader, Tamsin Achterberg, about any worry on the day.</p>",
    "<h2>About this policy</h2>",
    `<p>${rows(adopted, review)
      .map(([label, value]) => `${label}${gap(label)}${value}`)
      .join("<br />")}</p>`,
  ].join("\n");
}

const overdue = [
  [
    "review-overdue",
    expect.stringContaining("adopted May 2024 and reviewed every two years, so due the end of May 2026"),
  ],
];

describe("a simple table's review rows", () => {
  const adopted = "May 2024, at the trustees' meeting";
  const review = "Every two years, or sooner if the law changes";

  it("count the interval from the adoption date in Markdown", () => {
    expect(findings(markdownDocument(markdown(adopted, review)))).toEqual(overdue);
  });

  it("count the interval from the adoption date in Word, where the gaps are runs of spaces", () => {
    expect(findings(wordDocument(word(adopted, review)))).toEqual(overdue);
  });

  it("say nothing when two years from adoption is still to come", () => {
    expect(findings(markdownDocument(markdown("October 2026", review)))).toEqual([]);
  });

  it("still report a review row with no interval and no date as missing", () => {
    expect(findings(markdownDocument(markdown(adopted, "When the committee decides")))).toEqual([
      ["review-date-missing", expect.stringContaining("does not say when it will next be reviewed")],
    ]);
  });

  it("do not read another row's interval as the policy's review", () => {
    const text = markdown(adopted, "When the committee decides").replace(
      "  Policy owner   Tamsin Achterberg, Play Leader",
      "  Risk review    Every two years",
    );
    expect(findings(markdownDocument(text))).toEqual([
      ["review-date-missing", expect.stringContaining("does not say when it will next be reviewed")],
    ]);
  });
});
