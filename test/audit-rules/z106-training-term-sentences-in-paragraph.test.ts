/**
 * A paragraph of two people's training records, each a sentence dated by an Oxford or Cambridge term and naming its
 * course by title alone, with no word for training (issue 11, the held-out set zz106, in our own words; every name
 * and setting is invented; as of 1 December 2026): "Our scorer, Tamsin Oduya, did Safeguarding and Protecting
 * Children (online) in Trinity term 2023. Our groundsman, …, completed the safeguarding awareness module in Michaelmas term
 * 2024." Each sentence is its own record: the first lapsed at the end of its term three years on (Trinity, the summer
 * term, ends in July), and the second, still in date, does not hide it.
 */
import { describe, expect, it } from "vitest";
import { rule as stale } from "../../src/audit/rules/training-stale.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(paragraph: string): string {
  return [
    "# Fenmoor College Junior Croquet – Safeguarding Policy",
    "",
    "Next review: by the end of Michaelmas term 2027.",
    "",
    "## 2. Who is responsible",
    "",
    "The Junior Secretary, Dr Alys Penhallow (07700 900 611), is the club's Designated Safeguarding Lead. Her deputy is the Head Coach, Marcus Fenn (07700 900 612).",
    "",
    "## 3. Training",
    "",
    "Alys completed the Designated Safeguarding Lead course in the Easter holidays 2026. Marcus completed his Level 3 refresher in Lent term 2026.",
    "",
    paragraph,
    "",
    "All coaches renew their awareness training every three years.",
    "",
  ].join("\n");
}

describe("a paragraph of term-dated records without the word 'training'", () => {
  it("reads each sentence as its own record, and reports the lapsed one", () => {
    const text = policy(
      "Our scorer, Tamsin Oduya, did Safeguarding and Protecting Children (online) in Trinity term 2023. Our groundsman, Will Harker, completed the safeguarding awareness module for volunteers in Michaelmas term 2024.",
    );
    const found = checkText(stale, text, { asOf, format: "md" });
    expect(found.map((f) => f.message)).toEqual([
      expect.stringMatching(
        /^Tamsin Oduya's .*Safeguarding and Protecting Children .*Trinity term 2023 — it lapsed on 31 July 2026/,
      ),
    ]);
    expect(found[0].message).not.toContain("Our scorer");
    expect(excerpts(found, text)[0]).toContain("Tamsin Oduya");
    expect(excerpts(found, text)[0]).not.toContain("Will Harker");
  });

  it("reports nothing when both are in date", () => {
    const text = policy(
      "Our scorer, Tamsin Oduya, did Safeguarding and Protecting Children (online) in Trinity term 2024. Our groundsman, Will Harker, completed the safeguarding awareness module for volunteers in Michaelmas term 2024.",
    );
    expect(checkText(stale, text, { asOf, format: "md" })).toEqual([]);
  });
});
