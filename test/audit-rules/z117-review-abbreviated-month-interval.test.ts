/**
 * A policy date with an abbreviated month and its full stop, then how often it is reviewed (issue 11, held-out set
 * zz117, in our own words; every name is invented; as of 1 December 2026): "Policy date: 3rd Feb. 2023 · to be
 * reviewed every two years" — the full stop of "Feb." ends no sentence, so the policy date and "every two years" are
 * read together: due 3 February 2025 (overdue), not a review with no date. Near misses: a full stop that does end a
 * sentence ("… in Feb. 2023 is kept in the office." then "Reviewed every two years.") gives no policy date to count
 * from; a recent date with its abbreviated month is not yet due.
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

const title = "Tarnside Rowing Club – Junior Safeguarding Policy";
const intro = "Juniors aged 11 to 17 row with the club on Saturday mornings and two evenings a week.";

function policy(format: "md" | "docx" | "pdf", line: string): SourceDocument {
  if (format === "md") return markdownDocument([`# ${title}`, "", line, "", intro, ""].join("\n"));
  if (format === "docx") return wordDocument(`<h1>${title}</h1><p>${line}</p><p>${intro}</p>`);
  return pdfDocument([title, line, intro, ""].join("\n"));
}

describe("'Policy date: 3rd Feb. 2023 · to be reviewed every two years'", () => {
  it.each(["md", "docx", "pdf"] as const)("counts two years from the policy date: overdue (%s)", (format) => {
    const result = findings(
      policy(format, "Policy date: 3rd Feb. 2023 · to be reviewed every two years by the club committee"),
    );
    expect(result.map(([id]) => id)).toEqual(["review-overdue"]);
    expect(result[0][1]).toContain("3 February 2023 and reviewed every two years, so due 3 February 2025");
  });

  it("reads 'Adopted 1st Sept. 2022, reviewed every three years.' the same way", () => {
    const result = findings(policy("md", "Adopted 1st Sept. 2022, reviewed every three years."));
    expect(result.map(([id]) => id)).toEqual(["review-overdue"]);
    expect(result[0][1]).toContain("so due 1 September 2025");
  });

  it("a recent policy date with an abbreviated month is not yet due", () => {
    expect(ids(policy("md", "Policy date: 3rd Feb. 2026 · to be reviewed every two years"))).toEqual([]);
  });

  it("near miss: a full stop that ends a sentence parts the date from the review", () => {
    expect(
      ids(
        policy(
          "md",
          "The hire agreement signed in Feb. 2023 is kept in the office. This policy is to be reviewed every two years.",
        ),
      ),
    ).toEqual(["review-date-missing"]);
  });
});
