/**
 * training-stale (session 44 review), in our own words; every name is invented. As of 1 December 2026.
 * A club records its lead's course, then in the next sentence that she renewed it: "Mrs Nerys Quill completed DSL
 * training on 14 June 2022. She renewed it on 9 March 2026." The pronoun's sentence belongs to the one person the
 * sentence before names, and "it" ("this", "the course") is that sentence's course: the lead's most recent DSL training
 * is the renewal, still valid — no error. The same when the record is on a "Training:" line, when the pronoun's
 * sentence is on the next line of the paragraph, and when a PDF's page width wraps the paragraph anywhere.
 * Stays as it is: a renewal that has lapsed too (the finding keeps, with the newer date); a pronoun after a sentence
 * naming two people (whose is it?); a renewal still to come ("She will renew it in June 2027"); a rule ("It is renewed
 * every two years").
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { markdownDocument, run } from "../fixtures/structure/documents.js";
import { sectionLayouts } from "../helpers/section-layouts.js";

const TITLE = "Safeguarding Policy — Fernhill Rowing Club";
const ROLES = [
  "Welfare Officer: Mrs Nerys Quill (07700 900 611)",
  "Deputy Welfare Officer: Mr Bram Oakes-Tilley (07700 900 612)",
];
const DEPUTY = "Mr Bram Oakes-Tilley completed Safeguarding and Protecting Children on 3 March 2025.";

const layouts = (training: string): SourceDocument[] =>
  sectionLayouts(TITLE, "Who to contact", [...ROLES, training, DEPUTY]);

const quill = (document: SourceDocument) =>
  run(trainingStale, document)
    .map((f) => f.message)
    .filter((m) => m.includes("Quill"));

describe("a pronoun's sentence renewing the course the sentence before records", () => {
  for (const training of [
    "Mrs Nerys Quill completed DSL training on 14 June 2022. She renewed it on 9 March 2026.",
    "Training: Mrs Nerys Quill completed DSL training on 14 June 2022. She renewed it on 9 March 2026.",
    "Mrs Nerys Quill completed DSL training on 14 June 2022. She refreshed this in March 2026.",
    "Mrs Nerys Quill completed DSL training on 14 June 2022. She re-took the course in March 2026.",
    "Mrs Nerys Quill completed DSL training on 14 June 2022. She then renewed on 9 March 2026.",
    "Mrs Nerys Quill completed DSL training on 14 June 2022 and renewed it on 9 March 2026.",
  ])
    it(`is her most recent DSL training, still valid: ${training}`, () => {
      for (const document of layouts(training)) expect(quill(document), document.format).toEqual([]);
    });

  it("on the next line of the paragraph", () => {
    for (const training of [
      "Mrs Nerys Quill completed DSL training on 14 June 2022.\nShe renewed it on 9 March 2026.",
      "Training: Mrs Nerys Quill completed DSL training on 14 June 2022.\nShe renewed it on 9 March 2026.",
      "Training: Mrs Nerys Quill completed DSL training on 14 June 2022. She renewed\nit on 9 March 2026.",
      "Mrs Nerys Quill completed DSL training on 14 June\n2022. She renewed it on 9 March 2026.",
    ]) {
      const document = markdownDocument(
        [
          "# Fernhill Rowing Club",
          "",
          "## Who to contact",
          "",
          ...ROLES.flatMap((r) => [r, ""]),
          training,
          "",
        ].join("\n"),
      );
      expect(quill(document), training).toEqual([]);
    }
  });
});

describe("stays as it is", () => {
  it("a renewal that has lapsed too: the finding stays, with the newer date", () => {
    for (const document of layouts(
      "Mrs Nerys Quill completed DSL training on 14 June 2022. She renewed it on 10 May 2023.",
    )) {
      const messages = quill(document);
      expect(messages, document.format).toHaveLength(1);
      expect(messages[0], document.format).toMatch(/10 May 2023/);
    }
  });

  for (const [what, training] of [
    [
      "a pronoun after a sentence naming two people",
      "Mrs Nerys Quill and Mrs Ffion Hale completed DSL training on 14 June 2022. She renewed it on 9 March 2026.",
    ],
    [
      "a renewal still to come",
      "Mrs Nerys Quill completed DSL training on 14 June 2022. She will renew it in June 2027.",
    ],
    ["a rule", "Mrs Nerys Quill completed DSL training on 14 June 2022. It is renewed every two years."],
    [
      "a pronoun that does not fit her",
      "Mrs Nerys Quill completed DSL training on 14 June 2022. He renewed it on 9 March 2026.",
    ],
  ])
    it(`${what}: her 2022 course is still her most recent`, () => {
      for (const document of layouts(training)) {
        const messages = quill(document);
        expect(messages, document.format).toHaveLength(1);
        expect(messages[0], document.format).toMatch(/14 June 2022/);
      }
    });
});
