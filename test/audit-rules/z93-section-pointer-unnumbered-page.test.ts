/**
 * section-reference (held-out set zz93, a Pathfinder club's questions page), in our own words; every name is
 * invented. A policy whose headings are questions with no numbers says "the steps set out in section 6 above": no
 * section is numbered 6, so the reader cannot find it. Near misses: headings whose numbers the reader missed (a pandoc
 * anchor span before "1. Introduction"); a page of fewer than four headings; "section 47
 * above" (an Act's section policies quote); "section 6 of the Children Act 2004" named in the sentence; and a bare
 * "section 6" without "above", "below" or "of this policy".
 */
import { describe, expect, it } from "vitest";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { found, markdownDocument, run } from "../fixtures/structure/documents.js";

const questions = [
  "What is this page for?",
  "Who looks after safeguarding?",
  "What should I do if I am worried?",
  "What if the worry is about a leader?",
  "How do you choose leaders?",
];
const page = (sentence: string, headings = questions) =>
  markdownDocument(
    `# Riverbend Rangers – keeping children safe\n\n${headings.map((q) => `## ${q}\n\nAn answer in a few words.`).join("\n\n")}\n\n${sentence}\n`,
  );

describe("section-reference: 'section 6 above' on a page whose sections have no numbers", () => {
  it("is reported, saying the sections have no numbers", () => {
    const document = page("Tell the Coordinator; the steps are the ones set out in section 6 above.");
    const reported = run(sectionReference, document);
    expect(found(reported, document)).toEqual(["section 6 above"]);
    expect(reported[0].message).toBe(
      'The policy refers to "section 6 above", but its sections have no numbers — name the section by its heading instead',
    );
  });

  it("near miss: headings numbered in a way the reader did not take as numbers (a pandoc anchor before the number)", () => {
    const document = markdownDocument(
      `# Riverbend Rangers – keeping children safe\n\n${questions.map((q, i) => `## []{#_Toc${i} .anchor}${i + 1}. ${q}\n\nAn answer.`).join("\n\n")}\n\nSection 4 above explains how to report a concern.\n`,
    );
    expect(found(run(sectionReference, document), document)).toEqual([]);
  });

  it("near misses: few headings, an Act's section, another document, a bare reference", () => {
    for (const [sentence, headings] of [
      ["The steps are set out in section 6 above.", questions.slice(0, 2)],
      ["Enquiries under section 47 above are led by children's services.", questions],
      ["Under section 6 of the Children Act 2004, as described above, agencies co-operate.", questions],
      ["The steps are set out in section 6.", questions],
      // A numbered list's item 6 is there for the reader to find (review).
      [
        "Our rules:\n\n1. Listen.\n2. Record.\n3. Tell.\n4. Refer.\n5. Review.\n6. Photographs: ask consent.\n\nOnline photos follow section 6 above.",
        questions,
      ],
    ] as [string, string[]][]) {
      const document = page(sentence, headings);
      expect(found(run(sectionReference, document), document), sentence).toEqual([]);
    }
  });
});
