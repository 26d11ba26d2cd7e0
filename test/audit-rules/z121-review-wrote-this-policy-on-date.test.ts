/**
 * review-overdue and review-date-missing (held-out set zz121), in our own words; every name is invented; as of 1
 * December 2026. A sole practitioner dates the policy by when she wrote it, in the active voice, the date as spoken
 * ("I wrote this policy on the 3rd of March 2025 and I review it every year"): writing it is the policy's own date,
 * so the yearly review was due on 3 March 2026 — overdue, not a review rule with no date. Near misses: writing
 * something else ("I wrote to the council on …"), another document ("I wrote my risk assessment on …"), and someone
 * who does not own the policy ("The county wrote this policy on …", a national template).
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

const title = "Safeguarding Policy – Perpetua Quaile Flute Lessons";
const intro = "I teach flute and recorder to children aged 7 to 16, at my home and online. I work alone.";

function policy(format: "md" | "docx" | "pdf", review: string): SourceDocument {
  if (format === "md")
    return markdownDocument([`# ${title}`, "", intro, "", "## 6. Review", "", review, ""].join("\n"));
  if (format === "docx")
    return wordDocument(`<h1>${title}</h1><p>${intro}</p><h2>6. Review</h2><p>${review}</p>`);
  return pdfDocument([title, intro, "6. Review", review, ""].join("\n"));
}

describe("'I wrote this policy on DATE' then a yearly review", () => {
  it.each(["md", "docx", "pdf"] as const)(
    "counts the year from when it was written: overdue (%s)",
    (format) => {
      const result = findings(
        policy(
          format,
          "I wrote this policy on the 3rd of March 2025 and I review it every year, or sooner if the law changes.",
        ),
      );
      expect(result.map(([id]) => id)).toEqual(["review-overdue"]);
      expect(result[0][1]).toContain("written 3 March 2025");
      expect(result[0][1]).toContain("3 March 2026");
    },
  );

  it("reads other wordings of the same sentence, and stays quiet while not yet due", () => {
    expect(ids(policy("md", "We wrote this policy in May 2025. We review it every year."))).toEqual([
      "review-overdue",
    ]);
    expect(ids(policy("md", "I wrote this policy on 14 October 2026 and review it every year."))).toEqual([]);
  });

  it("near miss: writing something else, another document, or a body that does not own the policy", () => {
    for (const text of [
      "I wrote to the council on the 3rd of March 2025 about the policy. I review this policy every year.",
      "I wrote my lesson risk assessment on the 3rd of March 2025 and I review this policy every year.",
      "The county council wrote this policy on the 3rd of March 2025 and I review it every year.",
    ])
      expect(ids(policy("md", text)), text).toEqual(["review-date-missing"]);
  });
});
