/**
 * Held-out zz113/zz112 (in our own words, every name invented; as of 1 December 2026):
 * - a running footer of fields, "Reviewed Nov 2025 · Next due Nov 2026": "Next due" after a review field is the
 *   next review (not "next due" of anything else, such as a check's renewal);
 * - an active approval whose object is the version ("The Board approved this version on 3 October 2026. It is
 *   reviewed every year."): the derived review counts from it.
 */
import { describe, expect, it } from "vitest";
import { reviewFindings } from "../helpers/audit-context.js";

function findings(...lines: string[]): string[] {
  const text = [
    "# Tallowby Taxis – Safeguarding Policy",
    "",
    "Safeguarding Lead: Ms Rhian Castlemaine. Deputy: Mr Ivo Padfield.",
    "",
    ...lines,
    "",
  ].join("\n");
  return reviewFindings(text, "2026-12-01").map((f) => `${f.rule}: ${f.message}`);
}

describe("a footer's 'Next due' after a review field", () => {
  it("is the next review date", () => {
    const found = findings("Tallowby Taxis · Safeguarding Policy · Reviewed Dec 2025 · Next due Dec 2026");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^review-due-soon: .*December 2026/);
    expect(findings("Last reviewed: Jan 2025 | Next due: Jan 2026")[0]).toMatch(/^review-overdue: /);
  });
  it("near miss: 'next due' after another field is not the policy's review", () => {
    expect(findings("Driver badges · Renewed Dec 2025 · Next due Dec 2026")[0]).toMatch(
      /^review-date-missing: /,
    );
    expect(findings("DBS checks are renewed every three years; next due Dec 2026.")[0]).toMatch(
      /^review-date-missing: /,
    );
  });
});

describe("an active approval of 'this version'", () => {
  it("is the anchor a yearly review counts from", () => {
    expect(findings("The Board approved this version on 3 October 2026. It is reviewed every year.")).toEqual(
      [],
    );
    expect(
      findings("The Board approved this version on 3 October 2025. It is reviewed every year.")[0],
    ).toMatch(/^review-overdue: /);
  });
  it("in an answer cell of a question and answer table", () => {
    expect(
      findings(
        "| Q. | A. |",
        "| --- | --- |",
        "| Q. When was this page last checked? | A. The Board approved this version on 3 October 2026. It is reviewed every year, and sooner if the law changes. |",
      ),
    ).toEqual([]);
  });
});
