/**
 * A key facts box's "Lead trained" value that only starts with "no", "awaiting" or "booked" and goes on to say more
 * ("awaiting certificate (course completed 14/10/2026)", "no refresher needed until 03/2027", "booked refresher
 * 01/2027 (last trained 02/2025)") is not a record of no training: the value is no record only when it is nothing but
 * such a word, and never when it holds a date (review of the thirty-sixth session; every name is invented). Kept:
 * "not yet", "none." and "booked" alone are still no record.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const box = (value: string) =>
  [
    "# Safeguarding Policy – Larchmoor Drama Studio",
    "",
    "| Key facts | |",
    "|---|---|",
    "| Designated lead | Odile Marsh (07700 900711) |",
    "| Deputy lead | Ben Haskett (07700 900712) |",
    `| Lead trained | ${value} |`,
    "| Deputy trained | 02/04/2026 |",
    "| Review by | September 2027 |",
    "",
  ].join("\n");

describe("a key facts box's training value that says more than no", () => {
  it.each([
    "awaiting certificate (course completed 14/10/2026)",
    "no refresher needed until 03/2027",
    "booked refresher 01/2027 (last trained 02/2025)",
    "Yes",
  ])("stays quiet: %s", (value) => {
    expect(checkText(trainingMissing, box(value), { asOf })).toEqual([]);
  });

  it.each(["not yet", "none.", "booked", "No"])("still reports a bare no: %s", (value) => {
    const found = checkText(trainingMissing, box(value), { asOf });
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain("Odile Marsh");
  });
});
