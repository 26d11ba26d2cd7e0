/**
 * training-stale (review of the forty-second session's merges), in our own words; every name is invented. A sentence
 * dated "respectively" pairs its dates with the people before the verb only when the words after the verb are one
 * course: "Wren and Ifeoma completed Level 3 DSL training and Prevent training in March 2025 and January 2022
 * respectively." pairs the two COURSES with the dates (or is unclear), so nobody is given "Level 3 DSL training and
 * Prevent training" of January 2022. And "took up their safeguarding roles", "took on the post", "hold the position"
 * name a role taken, not a course done: no "most recent up their safeguarding roles training" error.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { markdownDocument, pdfDocument, run } from "../fixtures/structure/documents.js";

const TOP = [
  "Our Designated Safeguarding Lead is Wren Castellane (07700 900321).",
  "Our Deputy Designated Safeguarding Lead is Ifeoma Barros (07700 900654).",
];

const layouts = (sentence: string): SourceDocument[] => [
  markdownDocument(
    [
      "# Alder Lane Scouts",
      "",
      "## Safeguarding leads",
      "",
      ...TOP,
      "",
      sentence,
      "",
      "All leaders complete basic safeguarding training every three years.",
      "",
    ].join("\n"),
  ),
  pdfDocument(
    [
      "Alder Lane Scouts",
      "Safeguarding leads",
      ...TOP,
      sentence,
      "All leaders complete basic safeguarding training every three years.",
    ].join("\n"),
  ),
];

const stale = (document: SourceDocument) => run(trainingStale, document).map((r) => r.message);

describe("training-stale: a 'respectively' that pairs courses, or roles taken, with the dates", () => {
  it.each([
    "Wren and Ifeoma completed Level 3 DSL training and Prevent training in March 2025 and January 2022 respectively.",
    "Wren and Ifeoma attended child protection training, and safer recruitment training in March 2025 and January 2022, respectively.",
  ])("gives no person the pair of courses and one date: %s", (sentence) => {
    for (const document of layouts(sentence))
      for (const message of stale(document)) expect(message).not.toMatch(/training and|January 2022/);
  });

  it.each([
    "Wren and Ifeoma took up their safeguarding roles in May 2019 and February 2021 respectively.",
    "Wren and Ifeoma took on the DSL post in May 2019 and February 2021 respectively.",
    "Wren and Ifeoma hold the designated safeguarding positions since May 2019 and February 2021 respectively.",
    "Both took up their safeguarding roles: Wren in May 2019 and Ifeoma in February 2021.",
  ])("reads a role taken as no course: %s", (sentence) => {
    for (const document of layouts(sentence))
      for (const message of stale(document))
        expect(message).not.toMatch(/up their|roles? training|post training|positions/);
    // (The line reader's own "training on this line … May 2019" for a "Both took up …: Wren in May 2019 …" line, which
    // the older code gave too, is another reading, not this one.)
  });

  it("still dates one course for each person by their own date", () => {
    const sentence =
      "Wren and Ifeoma took the Level 3 DSL course in March 2025 and January 2024 respectively.";
    for (const document of layouts(sentence)) {
      const messages = stale(document);
      expect(messages).toHaveLength(1);
      expect(messages[0]).toContain("Ifeoma Barros");
      expect(messages[0]).toContain("January 2024");
    }
  });
});
