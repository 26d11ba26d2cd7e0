/**
 * A last review told in the active voice with "it" for the policy (issue 11, held-out set zz116, in our own words;
 * every name is invented; as of 1 December 2026): "I wrote this policy in March 2024 and last reviewed it on 12
 * August 2025. I review it every year …" — "it" is the policy the sentence has just named, so 12 August 2025 is the
 * last review and the yearly review was due on 12 August 2026 (overdue, not a review with no date). Near misses: "it"
 * that is another document (a risk assessment named in the sentence, or a policy named beside a code of conduct),
 * and one who does not own the policy ("Parents last read it …").
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as reviewDateMissing } from "../../src/audit/rules/review-date-missing.js";
import { rule as reviewDueSoon } from "../../src/audit/rules/review-due-soon.js";
import { rule as reviewOverdue } from "../../src/audit/rules/review-overdue.js";
import { markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const rules = [reviewDateMissing, reviewOverdue, reviewDueSoon];
const findings = (document: SourceDocument) =>
  rules.flatMap((rule) => run(rule, document).map((f) => [rule.meta.id, f.message] as const));
const ids = (document: SourceDocument) => findings(document).map(([id]) => id);

const title = "Safeguarding Policy – Tamsin Rook Music Lessons";
const intro = "I teach piano and singing to children aged 6 to 17 in their homes and online.";

function policy(format: "md" | "docx" | "pdf", review: string): SourceDocument {
  if (format === "md")
    return markdownDocument([`# ${title}`, "", intro, "", "## 8. Review", "", review, ""].join("\n"));
  if (format === "docx")
    return wordDocument(`<h1>${title}</h1><p>${intro}</p><h2>8. Review</h2><p>${review}</p>`);
  return pdfDocument([title, intro, "8. Review", review, ""].join("\n"));
}

const OVERDUE =
  "I wrote this policy in March 2024 and last reviewed it on 12 August 2025. I review it every year before the autumn term, and sooner if the law changes.";

describe("'… this policy … and last reviewed it on …' then a yearly review", () => {
  it.each(["md", "docx", "pdf"] as const)("counts the year from the last review: overdue (%s)", (format) => {
    const result = findings(policy(format, OVERDUE));
    expect(result.map(([id]) => id)).toEqual(["review-overdue"]);
    expect(result[0][1]).toContain(
      "last reviewed 12 August 2025 and reviewed every year, so due 12 August 2026",
    );
  });

  it("a recent last review is not yet due", () => {
    const text =
      "We adopted our safeguarding policy in 2023 and last reviewed it in October 2026. We review it every year.";
    expect(ids(policy("md", text))).toEqual([]);
  });

  it("reads 'last updated it' the same way", () => {
    const text =
      "The trustees wrote this policy in 2022 and last updated it on 4 May 2025. They review it every year.";
    expect(ids(policy("md", text))).toEqual(["review-overdue"]);
  });

  it("near miss: 'it' that is another document, or read by someone who does not own the policy", () => {
    for (const text of [
      "Our lesson risk assessment is kept with my diary and I last reviewed it on 12 August 2025. I review this policy every year.",
      "This policy sits beside my code of conduct, and I last reviewed it on 12 August 2025. I review this policy every year.",
      "Parents receive this policy when they book and last reviewed it on 12 August 2025. I review this policy every year.",
    ])
      expect(ids(policy("md", text)), text).toEqual(["review-date-missing"]);
  });
});
