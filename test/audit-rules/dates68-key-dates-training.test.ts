/**
 * training-stale (issue 11, held-out set zz69), in our own words; every name is invented. As of 1 December 2026.
 * A closing "Key dates" timeline (| When | What |) records the officers' courses: "| 11 October 2024 | Mrs Ada
 * Fenwright completed Designated Safeguarding Lead training |". The row is that person's record, dated by its
 * first cell. Rows of other things (the policy adopted, the next review) record no training.
 */
import { describe, expect, it } from "vitest";
import { rule as stale } from "../../src/audit/rules/training-stale.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const policy = (...rows: string[]) =>
  [
    "# 5th Larchfield Girls' Brigade — Safeguarding Policy",
    "",
    "Designated Safeguarding Lead: Mrs Ada Fenwright (Captain). Deputy: Lieutenant Joy Amberley.",
    "",
    "## Key dates",
    "",
    "| When | What |",
    "| --- | --- |",
    "| 9 February 2021 | Policy first adopted by the Company |",
    ...rows,
    "| June 2027 | Next review of this policy |",
    "",
  ].join("\n");

const messages = (text: string) => checkText(stale, text, { asOf, format: "md" }).map((f) => f.message);

describe("a Key dates row records a course", () => {
  it("dated by its first cell: a lapsed course is stale", () => {
    const found = messages(
      policy(
        "| 11 October 2024 | Mrs Ada Fenwright completed Designated Safeguarding Lead training (Larchfield Partnership) |",
        "| 4 February 2022 | Miss Ruth Calder completed Safeguarding Awareness (Level 1) with Girls' Brigade Ministries |",
        "| 22 January 2026 | Lieutenant Joy Amberley completed Deputy Designated Safeguarding Lead refresher training |",
      ),
    );
    expect(found).toHaveLength(2);
    expect(found[0]).toContain("Mrs Ada Fenwright's most recent");
    expect(found[0]).toContain("11 October 2024");
    expect(found[1]).toContain("Miss Ruth Calder's most recent");
  });

  it("a recent course, or a row of something else, is nothing", () => {
    expect(
      messages(
        policy(
          "| 22 January 2026 | Mrs Ada Fenwright completed Designated Safeguarding Lead refresher training |",
        ),
      ),
    ).toEqual([]);
    expect(
      messages(policy("| 17 June 2024 | Policy reviewed and re-approved by the Church Council |")),
    ).toEqual([]);
  });
});
