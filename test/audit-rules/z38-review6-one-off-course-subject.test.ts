/**
 * Review 6 (in our own words, every name invented; as of 1 December 2026): a course is done once only where the
 * sentence's subject is the course itself ("Module 1 is done once"). A sentence that merely ends with the course's
 * name before the words ("Some coaches believe Module 3 does not need to be renewed, but it does") says nothing of
 * the kind, and a course the policy says is renewed on a cycle is renewed whatever else it says. Near miss: the
 * course named on its own, or after an article, is still done once and its old year stays quiet.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { found, markdownDocument, run } from "../fixtures/structure/documents.js";

function policy(words: string): string {
  return [
    "# Millbrook Junior Rowing Club – Safeguarding Policy",
    "",
    "**Club Welfare Officer:** Oriel Fanshawe-Kemp",
    "",
    "**Deputy Club Welfare Officer:** Bastian Okonjo-Lyle",
    "",
    "## Training",
    "",
    `Every new coach completes **Module 1 (First strokes)** in their first year. ${words}`,
    "",
    "| Name | Role | Module 1 | Module 3 |",
    "|---|---|---|---|",
    "| Oriel Fanshawe-Kemp | Club Welfare Officer | 2016 | 04/2023 |",
    "| Bastian Okonjo-Lyle | Deputy Club Welfare Officer | 2018 | 11/03/2025 |",
    "",
  ].join("\n");
}

const LAPSED = "| Oriel Fanshawe-Kemp | Club Welfare Officer | 2016 | 04/2023 |";

describe("a course is done once only where it is the sentence's subject", () => {
  it("reports a renewed course whose name merely ends a sentence that says 'does not need to be renewed'", () => {
    for (const words of [
      "Module 1 is done once. The safeguarding course, **Module 3 (Keeping rowers safe)**, is renewed every three years. Some coaches believe Module 3 does not need to be renewed, but it does.",
      "Module 1 is done once. The safeguarding course, **Module 3 (Keeping rowers safe)**, is refreshed every three years; a few think Module 3 is not repeated, but it is.",
    ]) {
      const document = markdownDocument(policy(words));
      expect(found(run(trainingStale, document), document), words).toContain(LAPSED);
    }
  });

  it("reports a course the policy says is renewed on a cycle, though it also says it is not repeated", () => {
    const document = markdownDocument(
      policy(
        "Module 1 is done once. The safeguarding course, **Module 3 (Keeping rowers safe)**, is renewed every three years. Module 3 is not repeated.",
      ),
    );
    expect(found(run(trainingStale, document), document)).toContain(LAPSED);
  });

  it("stays quiet about a course named alone, or after an article, as the subject", () => {
    for (const words of [
      "Module 1 is done once. The safeguarding course, **Module 3 (Keeping rowers safe)**, is taken in the first year. Module 3 does not need to be renewed.",
      "Module 1 is done once. The safeguarding course, **Module 3 (Keeping rowers safe)**, is taken in the first year. The Module 3 is not repeated.",
    ]) {
      const document = markdownDocument(policy(words));
      expect(found(run(trainingStale, document), document), words).toEqual([]);
    }
  });
});
