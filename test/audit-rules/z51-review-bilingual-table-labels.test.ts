/**
 * A bilingual policy box (held-out set zz54, in our own words; every name is invented; as of 1 December 2026): a
 * two-column table whose labels give the Welsh word and the English one, "| Mabwysiadwyd / Adopted | … |" and "|
 * Adolygu / Review | once a year, at the spring committee |". The interval row is the policy's review, and the
 * adoption row its anchor: due a year after adoption — overdue — not "no review date". Word's table reads the
 * same. Near misses: a row of another thing's interval is not the policy's review, and a label whose first word is
 * a role ("Rhiant / Signed") dates no policy.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { markdownDocument, wordDocument } from "../fixtures/structure/documents.js";
import { reviewDocumentFindings } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const findings = (document: SourceDocument) => reviewDocumentFindings(document, asOf);

const rows = (adopted: string, review: string) => [
  ["Mabwysiadwyd / Adopted", adopted],
  ["Adolygu / Review", review],
  ["Perchennog / Owner", "the centre manager"],
];

function markdown(adopted: string, review: string): string {
  return [
    "# Nant Eithin Outdoor Centre — Keeping Young People Safe",
    "",
    "Tell the centre manager, Mererid Ap Siencyn, about any worry on the day.",
    "",
    ...rows(adopted, review).flatMap(([label, value], i) =>
      i === 0 ? [`| ${label} | ${value} |`, "| --- | --- |"] : [`| ${label} | ${value} |`],
    ),
    "",
    "## Our aims",
    "",
    "Everyone who stays with us is kept safe.",
  ].join("\n");
}

function word(adopted: string, review: string): string {
  return [
    "<h1>Nant Eithin Outdoor Centre — Keeping Young People Safe</h1>",
    "<p>Tell the centre manager, Mererid Ap Siencyn, about any worry on the day.</p>",
    `<table>${rows(adopted, review)
      .map(([label, value]) => `<tr><td><p><strong>${label}</strong></p></td><td><p>${value}</p></td></tr>`)
      .join("")}</table>`,
    "<h2>Our aims</h2>",
    "<p>Everyone who stays with us is kept safe.</p>",
  ].join("\n");
}

const overdue = [
  [
    "review-overdue",
    expect.stringContaining("adopted 20 April 2025 and reviewed every year, so due 20 April 2026"),
  ],
];

describe("a bilingual table's review rows", () => {
  const adopted = "Committee meeting, 20 April 2025";
  const review = "once a year, at the spring committee";

  it("count the interval from the adoption date in Markdown", () => {
    expect(findings(markdownDocument(markdown(adopted, review)))).toEqual(overdue);
  });

  it("count the interval from the adoption date in Word", () => {
    expect(findings(wordDocument(word(adopted, review)))).toEqual(overdue);
  });

  it("say nothing when a year from adoption is still to come", () => {
    expect(findings(markdownDocument(markdown("Committee meeting, 20 October 2026", review)))).toEqual([]);
  });

  it("do not read another thing's interval as the policy's review", () => {
    const text = markdown(adopted, "when the committee decides").replace(
      "| Perchennog / Owner | the centre manager |",
      "| Hyfforddiant / Training | once a year |",
    );
    expect(findings(markdownDocument(text))).toEqual([
      ["review-date-missing", expect.stringContaining("does not say when it will next be reviewed")],
    ]);
  });
});
