/**
 * training-missing, training-undated, training-stale (held-out notes of the forty-fourth session), in our own words;
 * every name is invented. A parish names its officer in full ("Parish Safeguarding Officer: Mr Anselm Threlkeld, …")
 * and, under "Training", writes "Anselm completed the Leadership pathway in 2025 and the Foundations module in 2024."
 * Each course has its year: a year alone is a date, counted to the end of that year, as a table's year cell or a
 * "– 2021" line is. So the officer has training on record, none of it undated; "in 2022" for a three-year course
 * lapsed at the end of 2025. "Leadership pathway" is a course's own title, though no course word is in it (a PDF may
 * wrap the sentence over two lines). Stays quiet: "In 2025 we reviewed our training" is no record; a first name two
 * people share ties to nobody. As of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { run } from "../fixtures/structure/documents.js";
import { sectionLayouts } from "../helpers/section-layouts.js";

const OFFICER =
  "Parish Safeguarding Officer: Mr Anselm Threlkeld, 07700 900 861, pso@stcuthbert.example.org.";
const ASSISTANT = "Assistant Parish Safeguarding Officer: Mrs Genevieve Orrin, 07700 900 862.";
const ASSISTANT_TRAINED =
  "Genevieve completed the Foundations module in September 2025 and the Leadership pathway in October 2025.";
const RULE = "Leadership training is renewed every three years.";

const messages = (people: string[], training: string[]) =>
  sectionLayouts(
    "St Cuthbert's Church, Fernleigh — Parish Safeguarding Policy",
    "Who to contact and training",
    [...people, ...training, RULE],
  ).map((document) =>
    [trainingMissing, trainingUndated, trainingStale]
      .flatMap((rule) => run(rule, document).map((r) => `${rule.meta.id}: ${r.message}`))
      .join("\n"),
  );

describe("training: a course dated by its year alone, the lead by first name", () => {
  it.each([
    "Anselm completed the Leadership pathway in 2025 and the Foundations module in 2024.",
    "Anselm Threlkeld completed the Leadership pathway in 2025 and the Foundations module in 2024.",
  ])("is the officer's dated record: %s", (sentence) => {
    for (const found of messages([OFFICER, ASSISTANT], [sentence, ASSISTANT_TRAINED])) {
      expect(found).not.toMatch(/Threlkeld/);
      expect(found).not.toMatch(/training-undated/);
    }
  });

  it("a year three years back has lapsed at the end of the third year after it", () => {
    for (const found of messages(
      [OFFICER, ASSISTANT],
      [
        "Anselm completed the Leadership pathway in 2022 and the Foundations module in 2022.",
        ASSISTANT_TRAINED,
      ],
    ))
      expect(found).toMatch(
        /training-stale: Mr Anselm Threlkeld's most recent .* is 2022 — it lapsed at the end of 2025/,
      );
  });

  it("a second lapsed course by its title alone, month-dated, in every layout (a PDF wraps it)", () => {
    for (const found of messages(
      [OFFICER, ASSISTANT],
      [
        "Anselm completed the Leadership pathway in 2025 and the Foundations module in 2024.",
        "Genevieve completed the Foundations module in September 2022 and the Leadership pathway in October 2022.",
      ],
    ))
      expect(found).toMatch(
        /training-stale: Mrs Genevieve Orrin's most recent Leadership pathway training is October 2022/,
      );
  });

  it('"In 2025 we reviewed our training" is no record', () => {
    for (const found of messages(
      [OFFICER, ASSISTANT],
      ["In 2025 we reviewed our training.", ASSISTANT_TRAINED],
    )) {
      expect(found).toMatch(/training-missing: .*Anselm Threlkeld/);
      expect(found).not.toMatch(/training-undated|training-stale/);
    }
  });

  it("a first name two people share ties to nobody", () => {
    const second = "Deputy Parish Safeguarding Officer: Mr Anselm Pryde, 07700 900 863.";
    for (const found of messages(
      [OFFICER, second, ASSISTANT],
      [
        "Anselm completed the Leadership pathway in 2022 and the Foundations module in 2024.",
        ASSISTANT_TRAINED,
      ],
    ))
      expect(found).not.toMatch(/training-(?:stale|undated): .*Anselm/);
  });
});
