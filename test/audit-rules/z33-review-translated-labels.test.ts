/**
 * A bilingual policy's approval or last review written after its translation at the start of a line ("Wedi'i
 * gymeradwyo / Approved: …", "Athbhreithnithe go deireanach / Last reviewed: …"), with "reviewed annually"
 * elsewhere: the due date is worked out from it, never "no date". From the thirty-third and thirty-fourth held-out
 * sets (issue 11), in our own words; every name is invented. As of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { rule as reviewDateMissing } from "../../src/audit/rules/review-date-missing.js";
import { rule as reviewDueSoon } from "../../src/audit/rules/review-due-soon.js";
import { rule as reviewOverdue } from "../../src/audit/rules/review-overdue.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const findings = (text: string, format: "md" | "pdf" = "md") =>
  [reviewDateMissing, reviewOverdue, reviewDueSoon].flatMap((rule) =>
    checkText(rule, text, { asOf, format }).map((f) => [rule.meta.id, f.message]),
  );

const policy = (label: string) =>
  [
    "# Clwb Nofio Glanyrafon / Riverside Swimming Club — Safeguarding Policy",
    "",
    label,
    "",
    "Adolygir y polisi hwn bob blwyddyn. / This policy is reviewed annually by the committee.",
    "",
    "## 1. Our promise",
    "",
    "Every swimmer trains with two coaches on poolside, and parents may watch from the gallery.",
    "",
  ].join("\n");

describe("a label after its translation", () => {
  for (const [label, words] of [
    ["**Cymeradwywyd / Approved:** 9 December 2025, at the committee meeting", /approved 9 December 2025/],
    ["Adolygwyd ddiwethaf / Last reviewed: committee, 20 December 2025.", /last reviewed 20 December 2025/],
    ["Faofa / Approved: 2 December 2025", /approved 2 December 2025/],
  ] as const)
    it(`dates the review from it (${label})`, () => {
      for (const format of ["md", "pdf"] as const)
        expect(findings(policy(label), format)).toEqual([["review-due-soon", expect.stringMatching(words)]]);
    });

  it("reads a date passed long ago as overdue", () => {
    expect(findings(policy("Cymeradwywyd / Approved: 3 March 2024"))).toEqual([
      ["review-overdue", expect.stringMatching(/approved 3 March 2024/)],
    ]);
  });
});

describe("near misses", () => {
  it("keeps review-date-missing when the words before the slash are a sentence, not a translation", () => {
    expect(
      findings(policy("The committee met with parents and coaches on the night / Approved: 9 December 2025")),
    ).toEqual([["review-date-missing", expect.stringContaining('"annually"')]]);
  });

  it("keeps review-date-missing when the label has no colon after it", () => {
    expect(
      findings(policy("Cymeradwywyd / Approved by the members at the meeting, 9 December 2025")),
    ).toEqual([["review-date-missing", expect.stringContaining('"annually"')]]);
  });
});
