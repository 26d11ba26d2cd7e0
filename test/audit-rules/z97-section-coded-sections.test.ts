/**
 * section-reference (held-out set zz97, a lifesaving club's standing orders), in our own words; every name is
 * invented. Sections headed with a code and a number ("RS1 Purpose", "RS2 Who to tell" … "RS6 Review"), paragraphs
 * "RS2.1", and "the full steps are at RS8": no section RS8. Near misses: a code that names a section there is, a
 * paragraph that exists, a postcode with the same letters ("RS8 2QT"), the code without a word that points at it.
 */
import { describe, expect, it } from "vitest";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { found, markdownDocument, run } from "../fixtures/structure/documents.js";

const TITLES = ["Purpose", "Who to tell", "Recognising worries", "Acting on a worry", "Trips", "Review"];
const page = (sentence: string) =>
  markdownDocument(
    `# Redshank Rowing Juniors – Safeguarding Rules (RS)\n\n${TITLES.map(
      (t, i) => `## RS${i + 1} ${t}\n\nRS${i + 1}.1 A rule in a few words.\n\nRS${i + 1}.2 Another rule.`,
    ).join("\n\n")}\n\n${sentence}\n`,
  );

describe("section-reference: a section code with no such section", () => {
  it("is reported, naming the last section", () => {
    const document = page(
      "If the worry is about the welfare officer, tell the chair. The full steps are at RS8.",
    );
    const reported = run(sectionReference, document);
    expect(found(reported, document)).toEqual(["RS8"]);
    expect(reported[0].message).toBe(
      'The policy refers to RS8, but no section is RS8 (the last is RS6, "Review") — correct the reference, or name the section instead',
    );
  });

  it("near misses: a section or paragraph there is, a postcode, no pointing word", () => {
    for (const sentence of [
      "The full steps are at RS4.",
      "See RS2.2 for the numbers.",
      "Post the form to the boathouse, Quay Lane, Redshank RS8 2QT.",
      "RS8 was removed in 2024.",
      // Postcode districts (the same letters and numbers), and a list of them.
      "We visit families living in RS1 and RS2, and run outreach in RS12.",
      "Outreach runs at RS11, RS12 and RS14 community centres.",
    ]) {
      const document = page(sentence);
      expect(found(run(sectionReference, document), document), sentence).toEqual([]);
    }
  });
});

describe("section-reference: a one-letter code is no section code", () => {
  it("near miss: 'A1 Body map' … and 'print it in A4'", () => {
    const document = markdownDocument(
      "# Forms — Safeguarding Policy\n\n## A1 Body map\n\nMark where.\n\n## A2 Referral form\n\nFill in.\n\n## A3 Useful contacts\n\nRing.\n\nPrint each form at A4 (see A5 for the small card).\n",
    );
    expect(found(run(sectionReference, document), document)).toEqual([]);
  });
});
