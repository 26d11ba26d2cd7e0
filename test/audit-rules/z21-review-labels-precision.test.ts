/**
 * "Last checked:" dates the policy's review only where the policy's dates are, and "each <words> in <month>" is
 * yearly only when the words name a time (issue 11, second review of the zz22 fix; every name is invented; as of
 * 1 December 2026):
 * - "Last checked: April 2023" under "## Useful numbers", or beside a table of numbers, dates the numbers — not a
 *   last review;
 * - "goes over this policy with each new volunteer in October" is each volunteer, not each year;
 * - near misses kept: "Last looked at:" under a review heading or below the title, "at the start of each season in
 *   April", "at the first meeting of each school year in September".
 */
import { describe, expect, it } from "vitest";
import { rule as reviewDateMissing } from "../../src/audit/rules/review-date-missing.js";
import { rule as reviewDueSoon } from "../../src/audit/rules/review-due-soon.js";
import { rule as reviewOverdue } from "../../src/audit/rules/review-overdue.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const ids = (text: string) =>
  [reviewDateMissing, reviewOverdue, reviewDueSoon].flatMap((rule) =>
    checkText(rule, text, { asOf, format: "md" }).map(() => rule.meta.id),
  );
const messages = (text: string) =>
  [reviewOverdue].flatMap((rule) => checkText(rule, text, { asOf, format: "md" }).map((f) => f.message));

const doc = (...body: string[]) =>
  [
    "# Kestrel Lane Playgroup — Safeguarding Children",
    "",
    "Designated lead: Mrs Oona Battersby",
    "",
    ...body,
    "",
  ].join("\n");

describe("'Last checked:' away from the policy's own dates", () => {
  it.each([
    [
      "under a contacts heading",
      doc(
        "We review this policy every year.",
        "",
        "## Useful numbers",
        "",
        "Last checked: April 2023",
        "",
        "Children's services: 01632 960111",
      ),
    ],
    [
      "beside a table of numbers",
      doc(
        "We review this policy every year.",
        "",
        "## Who to call",
        "",
        "Last looked at: April 2023",
        "",
        "| Service | Telephone |",
        "| --- | --- |",
        "| Police | 101 |",
      ),
    ],
  ])("is not the last review: %s", (_, text) => {
    expect(messages(text).join("\n")).not.toMatch(/April 2023/);
  });

  it.each([
    [
      "below the title",
      doc(
        "We review this policy every year.",
        "",
        "Last checked: April 2023",
        "",
        "## Our promise",
        "",
        "Children come first.",
      ),
    ],
    [
      "under a review heading",
      doc(
        "## Our promise",
        "",
        "Children come first.",
        "",
        "## Reviewing this policy",
        "",
        "We review this policy every year.",
        "",
        "Last looked at: April 2023",
      ),
    ],
  ])("is still the last review: %s", (_, text) => {
    expect(messages(text).join("\n")).toMatch(/April 2023/);
  });
});

describe("'each <words> in <month>' is yearly only for a time", () => {
  it("each new volunteer is not each year", () => {
    const text = doc(
      "Policy agreed: 2 February 2025.",
      "",
      "The committee goes over this policy with each new volunteer in October, and the lead looks at it whenever the law changes.",
    );
    expect(messages(text).join("\n")).not.toMatch(/every year|each new volunteer/);
  });

  it.each([
    "The committee looks at this policy at the start of each season in April. Last looked at: April 2025.",
    "The committee goes over this policy at the first meeting of each school year in September. Last gone over: September 2025.",
  ])("still yearly: %s", (review) => {
    const text = doc("## Looking after this policy", "", review);
    expect(ids(text)).toEqual(["review-overdue"]);
  });
});
