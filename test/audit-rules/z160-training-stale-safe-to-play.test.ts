/**
 * Training read from the held-out set zz169, in our own words; every name and setting is invented. As of 1 December
 * 2026.
 * - Pattern: "Assistant coach Colin Marsh completed Safe to Play on 14 August 2023. It was valid until 14 August
 *   2026." — the LTA's "Safe to Play" is a safeguarding course known by its name alone (like "Time to Listen"), and a
 *   short paragraph with no word for training whose sentence records a course by its title is read sentence by
 *   sentence, as a longer one already was.
 * - Now counts: such a course done more than three years ago is stale, in a short paragraph too.
 * - Stays as it is: a recent course; "safe to play" as ordinary words ("The courts were safe to play on …"); another
 *   subject by title ("Powerboat Level 2").
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function club(training: string): string {
  return [
    "# Fernhollow Lawn Tennis Club – Safeguarding",
    "",
    "## Contacts",
    "",
    "Club Welfare Officer",
    "Nadia Pellow",
    "07700 900 314",
    "",
    "## Training",
    "",
    "Nadia Pellow completed the LTA Safeguarding Children and Young People course on 9 March 2025.",
    "",
    training,
    "",
  ].join("\n");
}

describe("a course known by its name alone, in a short paragraph", () => {
  it.each([
    "Assistant coach Colin Marsh completed Safe to Play on 14 August 2023. It was valid until 14 August 2026.",
    "Colin Marsh completed Safe to Play on 14 August 2023. He coaches the Tuesday juniors.",
    "Coach Colin Marsh did Safe to Play (online) on 14 August 2023. He renews it this winter.",
    "Colin Marsh completed Time to Listen on 14 August 2023. He coaches the Tuesday juniors.",
  ])("is a stale record: %s", (line) => {
    const stale = checkText(trainingStale, club(line), { asOf });
    expect(stale).toHaveLength(1);
    expect(stale[0].message).toMatch(/is dated 14 August 2023 — it lapsed on 14 August 2026/);
  });

  it.each([
    "Colin Marsh completed Safe to Play on 14 August 2025. It is valid until 14 August 2028.",
    "The courts were safe to play on 14 August 2023. It was a dry summer.",
    "Colin Marsh completed Powerboat Level 2 on 14 August 2023. It was valid until 14 August 2026.",
    "Colin Marsh completed Tennis Leadership on 14 August 2023. He coaches the Tuesday juniors.",
  ])("near miss, no finding: %s", (line) => {
    expect(checkText(trainingStale, club(line), { asOf })).toEqual([]);
  });
});
