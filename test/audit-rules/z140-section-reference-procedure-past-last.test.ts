/**
 * section-reference (held-out set zz140), in our own words; every name is invented. A policy of nine sections says,
 * in its allegations section, "Low-level concerns are logged by the head of centre (see section 10 for the
 * allegations procedure in full)." Section 10 is one of the numbers an Act's section is quoted by (the Children Act
 * 2004's), but a bracketed "see section N for the … procedure", with N just past the policy's last section, sends
 * the reader to one of this policy's own procedures. Stays quiet: the same words for a section the policy has, a
 * number far past the last ("section 47"), a sentence that names an Act, and one about what the Act's section 10 is
 * about (co-operation).
 */
import { describe, expect, it } from "vitest";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { found, type Layout, numberedPolicy, run } from "../fixtures/structure/documents.js";

const LAYOUTS: Layout[] = ["md", "pdf", "docx"];
const TITLES = [
  "Purpose",
  "Who is who",
  "Training",
  "Recognising harm",
  "Responding to a worry",
  "Online safety",
  "Allegations against adults",
  "Safer recruitment",
  "Missing children",
];

const policy = (sentence: string, layout: Layout) =>
  numberedPolicy(
    "Brookfield Learning Centre — Safeguarding Policy",
    TITLES,
    layout,
    {
      5: "Every worry follows the same steps. The allegations procedure in full: the head of centre decides, with the LADO, what happens next.",
      7: `Allegations against staff and volunteers go to the head of centre, who tells the LADO the same working day. ${sentence}`,
    },
    (title) => `Our staff know what we expect of them about ${title.toLowerCase()}.`,
  );

const reported = (sentence: string, layout: Layout) => {
  const document = policy(sentence, layout);
  return found(run(sectionReference, document), document);
};

describe("section-reference: a bracketed 'see section N for the … procedure' just past the last section", () => {
  for (const layout of LAYOUTS) {
    // A PDF's text as this fixture gives it has no headings the reader can number: nothing to count sections by.
    if (layout !== "pdf")
      it.each([
        "Low-level concerns are logged by the head of centre (see section 10 for the allegations procedure in full).",
        "Low-level concerns are logged by the head of centre (see section 11 for our complaints procedure).",
        "Low-level concerns are logged by the head of centre (see section 10 for the steps to follow).",
      ])(`is reported (${layout}): %s`, (sentence) => {
        expect(reported(sentence, layout).join(" ")).toMatch(/section 1[01]/);
      });

    it.each([
      "Low-level concerns are logged by the head of centre (see section 5 for the allegations procedure in full).",
      "Low-level concerns are logged by the head of centre (see section 47 for the enquiry procedure).",
      "The Children Act 2004 applies (see section 10 for the allegations procedure in full).",
      "Partners co-operate to improve well-being (see section 10 for the procedure).",
    ])(`stays quiet (${layout}): %s`, (sentence) => {
      expect(reported(sentence, layout)).toEqual([]);
    });
  }
});
