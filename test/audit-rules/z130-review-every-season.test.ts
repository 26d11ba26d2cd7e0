/**
 * review-overdue and review-date-missing (held-out set zz130), in our own words; every name is invented; as of 1
 * December 2026. A sports club's "Review: every season." under "Adopted at the AGM, 9 July 2025.": a playing season
 * comes once a year, so the review falls a year after adoption (9 July 2026) — overdue, with the reasoning, not a
 * "Review" label with no date. "Every season" read as a year is the longest reading (four seasons a year would make
 * it due sooner), so overdue either way. Near misses: a season cycle with no date (still no review date), and a
 * season cycle of something else (kit, coaches' checks).
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as reviewDateMissing } from "../../src/audit/rules/review-date-missing.js";
import { rule as reviewDueSoon } from "../../src/audit/rules/review-due-soon.js";
import { rule as reviewOverdue } from "../../src/audit/rules/review-overdue.js";
import { found, markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const rules = [reviewDateMissing, reviewOverdue, reviewDueSoon];
const findings = (document: SourceDocument) =>
  rules.flatMap((rule) => run(rule, document).map((f) => [rule.meta.id, f.message] as const));
const ids = (document: SourceDocument) => findings(document).map(([id]) => id);

const title = "Ashcombe Rovers Youth Cricket – Safeguarding Policy";
const body = "Nets are on Friday evenings; matches are on Sunday mornings from May to August.";

function policy(format: "md" | "docx" | "pdf", ...lines: string[]): SourceDocument {
  if (format === "md")
    return markdownDocument([`# ${title}`, "", lines.join("\n"), "", "## The club", "", body, ""].join("\n"));
  if (format === "docx")
    return wordDocument(`<h1>${title}</h1><p>${lines.join("<br />")}</p><h2>The club</h2><p>${body}</p>`);
  return pdfDocument([title, ...lines, "The club", body, ""].join("\n"));
}

describe("a review every season, counted from the adoption", () => {
  it.each(["md", "docx", "pdf"] as const)("is due a year after adoption: overdue (%s)", (format) => {
    const document = policy(
      format,
      "Adopted at the Annual General Meeting, 9 July 2025.",
      "Review: every season.",
    );
    const result = findings(document);
    expect(result.map(([id]) => id)).toEqual(["review-overdue"]);
    expect(result[0][1]).toContain("adopted 9 July 2025");
    expect(result[0][1]).toContain("every season");
    expect(result[0][1]).toContain("9 July 2026");
    expect(found(run(reviewOverdue, document), document).join(" ")).toContain("9 July 2025");
  });

  it("reads other wordings", () => {
    for (const lines of [
      ["This policy was approved by the committee on 2 March 2025 and is reviewed each season."],
      ["Adopted: 2 March 2025", "This policy is reviewed every new season."],
    ])
      expect(ids(policy("md", ...lines)), lines.join(" / ")).toEqual(["review-overdue"]);
  });

  it("stays quiet while the next one is still to come", () => {
    expect(
      ids(policy("md", "Adopted at the Annual General Meeting, 9 July 2026.", "Review: every season.")),
    ).toEqual([]);
  });

  it("near miss: a season cycle with no date still has no review date", () => {
    expect(ids(policy("md", "This policy is reviewed every season."))).toEqual(["review-date-missing"]);
  });

  it("near miss: a season cycle of something else gives no due date", () => {
    for (const lines of [
      ["Adopted at the Annual General Meeting, 9 July 2025.", "Kit and equipment are checked every season."],
      [
        "Adopted at the Annual General Meeting, 9 July 2025.",
        "Coaches' DBS checks are reviewed every season.",
      ],
    ])
      expect(ids(policy("md", ...lines)), lines.join(" / ")).toEqual(["review-date-missing"]);
  });
});
