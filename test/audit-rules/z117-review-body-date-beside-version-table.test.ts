/**
 * A policy's own "Next review:" line left from an earlier version, beside a version table whose latest row gives a
 * later date (issue 11, held-out set zz117, in our own words; every name is invented; as of 1 December 2026): the
 * text still says "Next review: May 2026", and that date has passed, while the table's newest row (at the top or the
 * bottom) sets 30 April 2027 — the policy states a review date that has passed and disagrees with itself, as a
 * footer's passed date does beside the body's later one. One finding, at the text's date. Near misses: the table's
 * own older rows' passed dates are history; a text line that agrees with the table; a version approved after the
 * text's date (the policy was reviewed since); another document's "next review" in a sentence; a text date that is
 * still to come.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as reviewDateMissing } from "../../src/audit/rules/review-date-missing.js";
import { rule as reviewDueSoon } from "../../src/audit/rules/review-due-soon.js";
import { rule as reviewOverdue } from "../../src/audit/rules/review-overdue.js";
import { found, markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const rules = [reviewDateMissing, reviewOverdue, reviewDueSoon];
const findings = (document: SourceDocument) =>
  rules.flatMap((rule) => {
    const reported = run(rule, document);
    return found(reported, document).map((words, i) => [rule.meta.id, words, reported[i].message] as const);
  });

const title = "Pellow Bay Trampoline Academy – Safeguarding Policy";
const ROWS = [
  ["v1.0", "05/2022", "First policy", "05/2023"],
  ["v2.0", "05/2024", "Annual review", "05/2025"],
  ["v2.1", "05/2025", "Annual review", "May 2026"],
  ["v2.2", "14/04/2026", "New welfare officer", "30/04/2027"],
];

function policy(format: "md" | "docx", text: string, rows = ROWS, newestFirst = false): SourceDocument {
  const ordered = newestFirst ? [...rows].reverse() : rows;
  const intro = "This policy covers every coach, volunteer and trustee of the academy.";
  if (format === "md")
    return markdownDocument(
      [
        `# ${title}`,
        "",
        "## 1. About this policy",
        "",
        `${intro} ${text}`,
        "",
        "## Appendix B – Document history",
        "",
        "| Version | Date | Changes | Next review |",
        "| --- | --- | --- | --- |",
        ...ordered.map((r) => `| ${r.join(" | ")} |`),
        "",
      ].join("\n"),
    );
  const cells = (r: string[], tag: string) => `<tr>${r.map((c) => `<${tag}>${c}</${tag}>`).join("")}</tr>`;
  return wordDocument(
    `<h1>${title}</h1><h2>1. About this policy</h2><p>${intro} ${text}</p><h2>Appendix B – Document history</h2>` +
      `<table>${cells(["Version", "Date", "Changes", "Next review"], "th")}${ordered.map((r) => cells(r, "td")).join("")}</table>`,
  );
}

const STALE = "It is reviewed every spring by the trustees. Next review: May 2026.";

describe("the text's passed 'Next review' beside a version table's later date", () => {
  it.each([
    ["md", false],
    ["md", true],
    ["docx", false],
  ] as const)("is overdue, one finding at the text's date (%s, newest first: %s)", (format, newestFirst) => {
    const result = findings(policy(format, STALE, ROWS, newestFirst));
    expect(result.map(([id, words]) => [id, words])).toEqual([["review-overdue", "Next review: May 2026"]]);
    expect(result[0][2]).toContain("May 2026");
    expect(result[0][2]).toContain("30 April 2027");
  });

  it("near miss: the table's older rows alone, or a text that agrees with the table, say nothing", () => {
    expect(findings(policy("md", "It is reviewed every spring by the trustees."))).toEqual([]);
    expect(findings(policy("md", "Next review: April 2027."))).toEqual([]);
  });

  it("near miss: a version approved after the text's date, or a text date still to come", () => {
    const reviewedSince = [...ROWS.slice(0, 3), ["v3.0", "02/10/2026", "Annual review", "30/09/2027"]];
    expect(findings(policy("md", STALE, reviewedSince))).toEqual([]);
    expect(findings(policy("md", "Next review: March 2027."))).toEqual([]);
  });

  it("near miss: another document's next review in a sentence", () => {
    const other =
      "The trampoline maintenance log (next review May 2026, booked with the supplier) is kept at reception.";
    expect(findings(policy("md", other))).toEqual([]);
  });
});
