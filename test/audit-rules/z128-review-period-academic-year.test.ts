/**
 * review-overdue and review-date-missing (held-out set zz128), in our own words; every name is invented; as of 1
 * December 2026. A college's document table gives "Review period | Academic year 2024/25" above "This policy is
 * reviewed each spring term for the academic year that follows": the policy covers the academic year 2024/25, so it
 * was due for review by the start of the next one (September 2025) — overdue, not a cycle with no date. The same row
 * in a PDF's text (no pipes, "Review period Academic year 2024/25" on its own line) and as a "Policy period:" field.
 * Near misses: a "2024/25" beside another label (a season, a budget year, a funding period) gives no review date, and a
 * cycle with no year at all still has none.
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

const title = "Kestrel Vale Sixth Form College – Safeguarding Policy";
const cycle = "This policy is reviewed each spring term for the academic year that follows.";
const body = "Students aged 16 to 19 study at two sites; the Designated Safeguarding Lead works at both.";

function policy(format: "md" | "docx" | "pdf", rows: Array<[string, string]>, after = cycle): SourceDocument {
  if (format === "md")
    return markdownDocument(
      [
        `# ${title}`,
        "",
        `| ${rows[0][0]} | ${rows[0][1]} |`,
        "|---|---|",
        ...rows.slice(1).map(([a, b]) => `| ${a} | ${b} |`),
        "",
        after,
        "",
        "## Scope",
        "",
        body,
        "",
      ].join("\n"),
    );
  if (format === "docx")
    return wordDocument(
      `<h1>${title}</h1><table>${rows.map(([a, b]) => `<tr><td><p>${a}</p></td><td><p>${b}</p></td></tr>`).join("")}</table><p>${after}</p><h2>Scope</h2><p>${body}</p>`,
    );
  return pdfDocument([title, ...rows.map(([a, b]) => `${a} ${b}`), after, "Scope", body, ""].join("\n"));
}

const table: Array<[string, string]> = [
  ["Policy owner", "Head of Student Services"],
  ["Review period", "Academic year 2024/25"],
  ["Approved by", "The Governing Body"],
  ["Version", "4.1"],
];

describe("a review period that is one academic year", () => {
  it.each(["md", "docx", "pdf"] as const)("is due by the start of the next academic year (%s)", (format) => {
    const document = policy(format, table);
    const result = findings(document);
    expect(result.map(([id]) => id)).toEqual(["review-overdue"]);
    expect(result[0][1]).toContain("academic year 2024/25");
    expect(result[0][1]).toContain("September 2025");
    expect(found(run(reviewOverdue, document), document).join(" ")).toContain("2024/25");
  });

  it("reads a policy period as a field on its own line", () => {
    expect(ids(markdownDocument(`# ${title}\n\nPolicy period: academic year 2024/25\n\n${cycle}\n`))).toEqual(
      ["review-overdue"],
    );
  });

  it("stays quiet during its year", () => {
    const current: Array<[string, string]> = table.map(([a, b]) =>
      a === "Review period" ? [a, "Academic year 2026/27"] : [a, b],
    );
    for (const format of ["md", "docx", "pdf"] as const)
      expect(ids(policy(format, current)), format).toEqual([]);
  });

  it("near miss: a year beside another label is no review date", () => {
    for (const label of ["Season", "Budget year", "Funding period", "Budget period"]) {
      const rows: Array<[string, string]> = table.map(([a, b]) =>
        a === "Review period" ? [label, "Academic year 2024/25"] : [a, b],
      );
      for (const format of ["md", "docx", "pdf"] as const)
        expect(ids(policy(format, rows)), `${label} (${format})`).toEqual(["review-date-missing"]);
    }
  });

  it("near miss: a cycle with no year still has no review date", () => {
    const rows = table.filter(([a]) => a !== "Review period");
    expect(ids(policy("md", rows))).toEqual(["review-date-missing"]);
  });
});
