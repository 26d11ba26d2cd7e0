/**
 * review-overdue and review-date-missing (held-out set zz130), in our own words; every name is invented; as of 1
 * December 2026. A review cycle followed straight away by when it was last done ("This policy is reviewed each
 * March; last done March 2025."): the last review plus the cycle gives the due date (March 2026) — overdue, with
 * the reasoning, not a cycle with no date. Near misses: a cycle with no date at all (still no review date), and a
 * "last done" of something that is not the policy's review (a fire drill, a kit check).
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

const title = "Bramblegate Canoe Club – Junior Section Safeguarding Policy";
const body = "Junior paddlers aged 9 to 17 train on Saturday mornings with two coaches on the water.";

function policy(format: "md" | "docx" | "pdf", review: string): SourceDocument {
  if (format === "md")
    return markdownDocument([`# ${title}`, "", review, "", "## Our club", "", body, ""].join("\n"));
  if (format === "docx")
    return wordDocument(`<h1>${title}</h1><p>${review}</p><h2>Our club</h2><p>${body}</p>`);
  return pdfDocument([title, review, "Our club", body, ""].join("\n"));
}

describe("a review cycle, then when it was last done", () => {
  it.each(["md", "docx", "pdf"] as const)("counts the cycle from the last review: overdue (%s)", (format) => {
    const document = policy(format, "This policy is reviewed each March; last done March 2025.");
    const result = findings(document);
    expect(result.map(([id]) => id)).toEqual(["review-overdue"]);
    expect(result[0][1]).toContain("last reviewed March 2025");
    expect(result[0][1]).toContain("March 2026");
    expect(found(run(reviewOverdue, document), document).join(" ")).toContain("March 2025");
  });

  it("reads other wordings of the last time", () => {
    for (const text of [
      "This policy is reviewed every year, last carried out in April 2025.",
      "We review this policy each September — last done 14 September 2025.",
      "This policy is reviewed annually (last completed May 2025).",
    ])
      expect(ids(policy("md", text)), text).toEqual(["review-overdue"]);
  });

  it("stays quiet while the next one is still to come", () => {
    expect(ids(policy("md", "This policy is reviewed each March; last done March 2026."))).toEqual([]);
  });

  it("near miss: a cycle with no date at all still has no review date", () => {
    expect(ids(policy("md", "This policy is reviewed each March."))).toEqual(["review-date-missing"]);
  });

  it("near miss: the last time of something that is not the policy's review", () => {
    for (const text of [
      "This policy is reviewed each March. Fire drills are held each term; last done October 2025.",
      "This policy is reviewed each March. The boats are checked every year, last done in April 2025.",
      "This policy is reviewed each March; the kit check was last done April 2025.",
      "This policy is reviewed each March. Last completed training: April 2025.",
    ])
      expect(ids(policy("md", text)), text).toEqual(["review-date-missing"]);
  });
});
