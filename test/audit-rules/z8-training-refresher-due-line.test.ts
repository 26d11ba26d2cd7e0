/**
 * A line that gives only when the course above it falls due again ("… course, completed 3 May 2022." then
 * "Refresher due: 05/2025" on the next line) is that course's due date, not a second course called "Refresher":
 * one finding per person and course. From the eighth held-out set (issue 11), in our own words; every name is
 * invented. As of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(records: string[]): string {
  return [
    "# Fernhollow Netball Club — Safeguarding Policy",
    "",
    "Our Club Welfare Officer is Priya Lindqvist-Hart (07700 900561) and our Deputy Welfare Officer is Callum Oduya (07700 900562).",
    "",
    "## Training",
    "",
    ...records,
    "",
    "Every coach completes the club's safeguarding module before their first session.",
    "",
  ].join("\n");
}

describe("a due line under a dated course", () => {
  it("reports a lapsed course once, from its completion, not again as a course called 'Refresher'", () => {
    for (const due of ["Refresher due: 05/2025", "Renewal due: May 2025", "Next refresher due 05/2025"]) {
      const text = policy([
        "Priya Lindqvist-Hart, Welfare Officer – Safeguarding and Welfare Officer course, completed 3 May 2022.",
        due,
        "",
        "Callum Oduya, Deputy – Safeguarding and Welfare Officer course, completed 9 October 2025.",
        "Refresher due: 10/2027",
      ]);
      const stale = checkText(trainingStale, text, { asOf });
      expect(excerpts(stale, text), due).toEqual([
        "Priya Lindqvist-Hart, Welfare Officer – Safeguarding and Welfare Officer course, completed 3 May 2022.",
      ]);
      expect(stale[0].message).toMatch(/^Priya Lindqvist-Hart's most recent /);
      expect(checkText(trainingUndated, text, { asOf }), due).toEqual([]);
    }
  });

  it("still reports a past due date given with no completion date", () => {
    const text = policy([
      "Priya Lindqvist-Hart, Welfare Officer – Safeguarding and Welfare Officer course, completed 2 June 2025.",
      "",
      "Callum Oduya, Deputy",
      "Refresher due: 04/2025",
    ]);
    const stale = checkText(trainingStale, text, { asOf });
    expect(excerpts(stale, text)).toEqual(["Refresher due: 04/2025"]);
    expect(stale[0].message).toMatch(/^Callum Oduya's .*April 2025/);
  });

  it("keeps a due line that names its own course apart from the course above", () => {
    const text = policy([
      "Priya Lindqvist-Hart, Welfare Officer – Safeguarding and Welfare Officer course, completed 2 June 2025.",
      "Prevent awareness refresher due: 03/2025",
    ]);
    const stale = checkText(trainingStale, text, { asOf });
    expect(excerpts(stale, text)).toEqual(["Prevent awareness refresher due: 03/2025"]);
  });
});
