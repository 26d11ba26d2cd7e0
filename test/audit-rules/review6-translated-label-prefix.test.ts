/**
 * A label after a slash dates the policy only when the words before the slash translate it ("Cymeradwywyd /
 * Approved:", "Athbhreithnithe go deireanach / Last reviewed:"). A form in an appendix that names who signs or agrees
 * before the slash ("Helper / Signed: …", "Young person / Agreed: …") is somebody's signature, not the policy's
 * approval: with "reviewed annually" and no policy date, the policy still has no review date. From a reviewer's
 * probes of issue 11, in our own words; every name is invented. As of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { rule as reviewDateMissing } from "../../src/audit/rules/review-date-missing.js";
import { rule as reviewDueSoon } from "../../src/audit/rules/review-due-soon.js";
import { rule as reviewOverdue } from "../../src/audit/rules/review-overdue.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const findings = (text: string) =>
  [reviewDateMissing, reviewOverdue, reviewDueSoon].flatMap((rule) =>
    checkText(rule, text, { asOf, format: "md" }).map((f) => [rule.meta.id, f.message]),
  );

const policy = (...appendix: string[]) =>
  [
    "# Hollowbrook Rowing Club — Safeguarding Policy",
    "",
    "Welfare Officer: Mr Owen Pryce (07700 900 222).",
    "",
    "The trustees look at this policy again annually.",
    "",
    "## Appendix 4: Code of conduct, signed example",
    "",
    ...appendix,
    "",
  ].join("\n");

describe("a role or person before the slash", () => {
  for (const line of [
    "Helper / Signed: Rita Mowbray, 6 June 2021",
    "Young person / Agreed: 7 June 2021",
    "Parent or guardian / Signed: Rita Mowbray, 6 June 2021",
    "Noted by / Written: 6 June 2021",
    "Rhiant / Signed: Rita Mowbray, 6 June 2021",
  ])
    it(`leaves the policy undated (${line})`, () => {
      expect(findings(policy(line))).toEqual([
        ["review-date-missing", expect.stringContaining('"annually"')],
      ]);
    });
});

describe("a translation before the slash still dates the review", () => {
  for (const [line, words] of [
    ["Cymeradwywyd / Approved: 8 December 2025", /approved 8 December 2025/],
    ["Adolygwyd ddiwethaf / Last reviewed: 8 December 2025", /last reviewed 8 December 2025/],
    ["Wedi'i gymeradwyo / Approved: 8 December 2025", /approved 8 December 2025/],
    ["Athbhreithnithe go deireanach / Last reviewed: 8 December 2025", /last reviewed 8 December 2025/],
    ["Faofa / Approved: 8 December 2025", /approved 8 December 2025/],
    ["Air aontachadh / Agreed: 8 December 2025", /agreed 8 December 2025/],
  ] as const)
    it(line, () => {
      expect(findings(policy(line))).toEqual([["review-due-soon", expect.stringMatching(words)]]);
    });
});
