/**
 * A list of training entries that each open with a person's name ("- Name – course – date"), the first of them
 * the named lead's, one of the lead's with a date that cannot be read: each entry is its own person's, so the
 * next person's course is not taken as the lead's later refresher (which hid the lead's lapsed course). From the
 * eleventh held-out set (issue 11), in our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(entries: string[]): string {
  return [
    "# Hollowmere Family Link Service — Safeguarding Procedure",
    "",
    "## Who is responsible",
    "",
    "Our Service Safeguarding Lead is Rosamund Tiernan, Team Manager (01632 960 420).",
    "",
    "## Training",
    "",
    "Record held by the Service Manager:",
    "",
    ...entries,
    "",
  ].join("\n");
}

describe("training entries that each open with a name, the first the lead's", () => {
  it("keeps the next person's course out of the lead's record", () => {
    for (const entries of [
      [
        "- Rosamund Tiernan – Level 3 Advanced Safeguarding (Hollowmere Partnership) – March 2024",
        "- Rosamund Tiernan – Safeguarding Disabled Children (Partnership workshop) – in the last school year",
        "- Kemi Adeyinka – Level 3 Advanced Safeguarding – October 2025",
      ],
      [
        "- Rosamund Tiernan – Level 3 DSL training – 12/03/2024",
        "- Rosamund Tiernan – Safeguarding Disabled Children workshop – May 2025",
        "- Kemi Adeyinka – Level 3 DSL training – 02/10/2025",
        "- Bode Akande – Level 3 DSL training – 14/01/2026",
      ],
    ]) {
      const text = policy(entries);
      expect(excerpts(checkText(trainingStale, text, { asOf }), text), entries[0]).toEqual([
        entries[0].slice(2),
      ]);
    }
  });

  it("still takes the lead's own later refresher", () => {
    const entries = [
      "- Rosamund Tiernan – Level 3 DSL training – 12/03/2024",
      "- Rosamund Tiernan – Level 3 DSL refresher – 02/10/2025",
      "- Kemi Adeyinka – Level 3 DSL training – 02/10/2025",
    ];
    expect(checkText(trainingStale, policy(entries), { asOf })).toEqual([]);
  });
});
