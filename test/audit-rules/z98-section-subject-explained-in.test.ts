/**
 * section-reference (held-out set zz98, a pottery studio), in our own words; every name is invented. "Night
 * fishing trips are explained in section 5." where section 5 is "Useful numbers" and never mentions fishing or
 * trips: the subject the sentence gives before "is explained in" is what it says the section is about. Near misses:
 * a section that does mention the subject in other forms; a one-word subject; another document's section.
 */
import { describe, expect, it } from "vitest";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { found, markdownDocument, run } from "../fixtures/structure/documents.js";

const page = (sentence: string) =>
  markdownDocument(
    [
      "# Millpond Angling Juniors – Safeguarding Policy",
      "## 1. Who this covers\n\nEvery junior member under 18 and every adult who helps at the water.",
      "## 2. What to do if you are worried\n\nTell the welfare officer, Ruth Amble, the same day (07700 900123).",
      `## 3. Trips and transport\n\nParents bring juniors to the water and collect them. Trips away need a consent form. ${sentence}`,
      "## 4. Training\n\nEvery helper completes the awareness course before their first session.",
      "## 5. Useful numbers\n\n| Who | Number |\n| --- | --- |\n| Children's services | 01632 960700 |\n| Police (non-emergency) | 101 |",
    ].join("\n\n"),
  );

describe("section-reference: what a sentence says a section explains, said before the reference", () => {
  it("is reported when the section never mentions it", () => {
    const document = page("Night fishing trips are explained in section 5.");
    const reported = run(sectionReference, document);
    expect(found(reported, document)).toEqual(["section 5"]);
    expect(reported[0].message).toContain('"Useful numbers" and says nothing about it');
    expect(reported[0].message).toContain("night fishing trips");
  });

  it("near misses: the section mentions it, a one-word subject, another document's section", () => {
    for (const sentence of [
      "The awareness course is explained in section 4.",
      "Casting is explained in section 5.",
      "Night fishing trips are explained in section 5 of the Angling Trust's handbook.",
      "The numbers to ring are set out in section 5.",
      // Handled by the section's procedure, not explained there.
      "Night fishing accidents are dealt with under section 5.",
      // A section that says it in other words: "Trips away" for night fishing trips.
      "Night fishing trips are explained in section 3.",
      "Overnight fishing trips are described in section 3.",
      // Section 4 may teach casting in other words: only a list of contacts is known to explain nothing.
      "Casting lessons are explained in section 4.",
    ]) {
      const document = page(sentence);
      expect(found(run(sectionReference, document), document), sentence).toEqual([]);
    }
  });
});
