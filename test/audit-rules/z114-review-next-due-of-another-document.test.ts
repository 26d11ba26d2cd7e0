/**
 * Found in review (thirty-fifth session): "Reviewed … · Next due …" is this policy's next review in its own footer, but
 * not in a list or table row about another document ("- Online safety policy — Reviewed May 2024 · Next due May 2025",
 * "| Fire risk assessment | Reviewed … · Next due … |"). In our own words; every name invented; as of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { reviewFindings } from "../helpers/audit-context.js";

function findings(...lines: string[]): string[] {
  const text = [
    "# Wrenfield Coaches – Safeguarding Policy",
    "",
    "Safeguarding Lead: Ms Della Ashworth. Deputy: Mr Omar Keswick.",
    "",
    ...lines,
    "",
  ].join("\n");
  return reviewFindings(text, "2026-12-01").map((f) => `${f.rule}: ${f.message}`);
}

describe("'Reviewed … · Next due …' of another document", () => {
  it("near miss: a related document's list item or table row is not this policy's review", () => {
    expect(
      findings(
        "## 5. Related documents",
        "",
        "- Online safety policy — Reviewed May 2024 · Next due May 2025",
      ),
    ).toEqual([expect.stringMatching(/^review-date-missing: /)]);
    expect(
      findings(
        "## 5. Related documents",
        "",
        "| Document | Dates |",
        "| --- | --- |",
        "| Fire risk assessment | Reviewed May 2024 · Next due May 2025 |",
      ),
    ).toEqual([expect.stringMatching(/^review-date-missing: /)]);
  });

  it("still reads this policy's own footer of fields", () => {
    expect(
      findings(
        "Wrenfield Coaches Ltd · Safeguarding Policy (Home to School) · Reviewed May 2024 · Next due May 2025",
      )[0],
    ).toMatch(/^review-overdue: /);
  });
});
