/**
 * Training read from the held-out set zz95, in our own words; every name and setting is invented. As of 1 December
 * 2026.
 * - A deputy named with a title and an initial ("Mrs P. Venn") whose refresher a later line gives under her full
 *   first name in the possessive ("Priya Venn's … refresher was on …"): her record, not a deputy with none; as her
 *   only lead training, it is renewed every two years.
 * - "Coach Ari Lusk took Safeguarding and Protecting Children on the 4th of May 2023.": a course by its title alone
 *   after "took", in a paragraph with another sentence.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function club(training: string): string {
  return [
    "# Larkbridge Rowing Juniors – Safeguarding",
    "",
    "## Contacts",
    "",
    "Club Welfare Officer",
    "Owain Tudor-Hale",
    "07700 900 111",
    "",
    "Deputy Club Welfare Officer",
    "Mrs P. Venn",
    "07700 900 222",
    "",
    "## Training",
    "",
    "Owain Tudor-Hale completed the Club Welfare Officer course on the 3rd of November 2025.",
    training,
    "",
  ].join("\n");
}

describe("a deputy written with an initial, her refresher under her full first name", () => {
  it("is her record: no training-missing, and stale after two years", () => {
    const text = club(
      "Priya Venn's Safeguarding and Protecting Children refresher was on the 2nd of April 2024.",
    );
    expect(checkText(trainingMissing, text, { asOf })).toEqual([]);
    const stale = checkText(trainingStale, text, { asOf });
    expect(stale).toHaveLength(1);
    expect(stale[0].message).toMatch(
      /^Mrs P\. Venn's most recent Safeguarding and Protecting Children refresher is dated 2 April 2024 — it lapsed on 2 April 2026/,
    );
  });

  it("near misses: another initial is someone else; a recent refresher is not stale", () => {
    const other = club(
      "Rhian Venn's Safeguarding and Protecting Children refresher was on the 2nd of April 2024.",
    );
    expect(
      checkText(trainingMissing, other, { asOf })
        .map((f) => f.message)
        .join(),
    ).toMatch(/none for Mrs P\. Venn/);
    const recent = club(
      "Priya Venn's Safeguarding and Protecting Children refresher was on the 2nd of April 2025.",
    );
    expect(checkText(trainingStale, recent, { asOf })).toEqual([]);
  });
});

describe("a course by its title after 'took'", () => {
  it("is a record, stale after three years", () => {
    const text = club(
      "Coach Ari Lusk took Safeguarding and Protecting Children on the 4th of May 2023. Ari has also held a Level 2 Sculling award since the 1st of June 2015.",
    );
    const stale = checkText(trainingStale, text, { asOf });
    expect(stale).toHaveLength(1);
    expect(stale[0].message).toMatch(/^Safeguarding and Protecting Children training is dated 4 May 2023/);
  });

  it("near miss: words that are no title after 'took' are no record", () => {
    const text = club(
      "The committee took safeguarding seriously on the 4th of May 2023. Ari has also held a Level 2 Sculling award since the 1st of June 2015.",
    );
    expect(checkText(trainingStale, text, { asOf })).toEqual([]);
  });
});
