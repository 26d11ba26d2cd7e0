/**
 * training-missing (held-out set zz121), in our own words; every name is invented. A holiday club names its deputy
 * once ("Deputy DSL: Cosmo Treharne-Adjei (Senior Playworker)") and records the training by role in a paragraph:
 * "The DSL completed … on 03/02/2025. The deputy completed Designated Safeguarding Lead training (Level 3) in Spring
 * 2025." "The deputy" is the one deputy the policy names, so the deputy's training is listed. Where two deputies are
 * named the sentence is neither's own record but may be either's, so neither is reported; a rule ("The deputy must
 * complete …") is no record.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { found, markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const team = (deputies: string) =>
  [
    "Designated Safeguarding Lead: Marisol Quenby-Hart (Club Manager), 07700 900 801",
    "",
    deputies,
    "",
    "One of them is on site for every session.",
  ].join("\n");
const oneDeputy = "Deputy DSL: Cosmo Treharne-Adjei (Senior Playworker), 07700 900 802";
const twoDeputies =
  "Deputy DSLs: Cosmo Treharne-Adjei (Senior Playworker), 07700 900 802, and Ottilie Fairweather-Boyd (Playworker), 07700 900 803";
const record = (deputy: string) =>
  `The DSL completed the Designated Safeguarding Lead refresher on 03/02/2025 and is booked on the February 2027 course. ${deputy} All playworkers attended a safeguarding awareness session on 6 January 2025.`;
const done = "The deputy completed Designated Safeguarding Lead training (Level 3) in Spring 2025.";
const rule =
  "The deputy must complete Designated Safeguarding Lead training (Level 3) before taking up the role.";

const markdown = (deputies: string, deputy: string) =>
  markdownDocument(
    [
      "# Puddleduck Holiday Club",
      "",
      "## 3. Our safeguarding team",
      "",
      team(deputies),
      "",
      "## 4. Training",
      "",
      record(deputy),
      "",
      "## 5. If you are worried",
      "",
      "Tell the DSL or deputy before the child goes home.",
      "",
    ].join("\n"),
  );
const word = (deputy: string) =>
  wordDocument(
    [
      "<h1>Puddleduck Holiday Club</h1>",
      "<h2>3. Our safeguarding team</h2>",
      ...team(oneDeputy)
        .split("\n")
        .filter(Boolean)
        .map((l) => `<p>${l}</p>`),
      "<h2>4. Training</h2>",
      `<p>${record(deputy)}</p>`,
    ].join("\n"),
  );
const pdf = (deputy: string) =>
  pdfDocument(
    [
      "Puddleduck Holiday Club",
      "3. Our safeguarding team",
      team(oneDeputy).replace(/\n\n/g, "\n"),
      "4. Training",
      record(deputy),
      "5. If you are worried",
      "Tell the DSL or deputy before the child goes home.",
    ].join("\n"),
  );

describe("training-missing: a training sentence about 'the deputy'", () => {
  it("credits it to the one deputy the policy names, in Markdown, Word and a PDF's text", () => {
    for (const doc of [markdown(oneDeputy, done), word(done), pdf(done)])
      expect(run(trainingMissing, doc), doc.format).toEqual([]);
  });
  it("gives no stale finding for the deputy's current course", () => {
    expect(run(trainingStale, markdown(oneDeputy, done))).toEqual([]);
  });
  it("reports neither of two deputies, one of whom the sentence is about, and reads a rule as no record", () => {
    // Which of the two the sentence means is not said: the record may be either's.
    const two = markdown(twoDeputies, done);
    expect(found(run(trainingMissing, two), two)).toEqual([]);
    const ruled = markdown(oneDeputy, rule);
    expect(found(run(trainingMissing, ruled), ruled)).toEqual(["Cosmo Treharne-Adjei"]);
  });
});
