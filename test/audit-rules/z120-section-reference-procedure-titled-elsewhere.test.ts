/**
 * section-reference (held-out set zz120), in our own words; every name is invented. "follow the complaints procedure
 * (see section 5)" where section 5 is "Minibus journeys" and section 6 is "Complaints from parents": the procedure's
 * own word (five letters or more, not one every section uses) stands in another section's heading and nowhere in
 * section 5, its heading or its text — section 5 is the wrong one, and the finding names the one that matches. Near
 * misses: section 5 uses the word; no other heading has it; a general word ("the usual procedure", "the safeguarding
 * procedure"); the word in the heading of the section the reference is written in.
 */
import { describe, expect, it } from "vitest";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { found, type Layout, numberedPolicy, run } from "../fixtures/structure/documents.js";

const TITLES = [
  "Why we have this policy",
  "Our welfare officer",
  "Spotting signs of harm",
  "Telling someone",
  "Minibus journeys",
  "Complaints from parents",
  "Useful numbers",
];

function policy(
  layout: Layout,
  sentence: string,
  options: { fifth?: string; titles?: readonly string[] } = {},
) {
  return numberedPolicy(
    "Pennywhistle Youth Orchestra – Safeguarding Policy",
    options.titles ?? TITLES,
    layout,
    {
      4: `Tell the welfare officer the same day. ${sentence}`,
      5: options.fifth ?? "Two adults travel on every minibus run and the driver holds the right licence.",
      6: "A parent who is unhappy with how a worry was handled writes to the chair, who replies within ten days.",
    },
    (title) => `This part of the policy covers ${title.toLowerCase()} for every rehearsal and concert.`,
  );
}

const WRONG = "A parent who is unhappy with us can use the complaints procedure (see section 5).";

describe("section-reference: a procedure whose word heads another section, not the one cited", () => {
  for (const layout of ["md", "docx", "pdf"] as const)
    it(`reports the reference and names the section that matches (${layout})`, () => {
      const document = policy(layout, WRONG);
      const reported = run(sectionReference, document);
      expect(found(reported, document)).toEqual(["section 5"]);
      expect(reported[0].message).toContain('"Minibus journeys"');
      expect(reported[0].message).toContain('section 6, "Complaints from parents"');
      expect(reported[0].expected).toBe("6");
    });

  it("near misses stay quiet", () => {
    for (const layout of ["md", "docx", "pdf"] as const) {
      const quiet = (sentence: string, options?: Parameters<typeof policy>[2]) => {
        const document = policy(layout, sentence, options);
        expect(found(run(sectionReference, document), document), `${layout}: ${sentence}`).toEqual([]);
      };
      // Section 5 uses the word in its text.
      quiet(WRONG, { fifth: "Complaints about a minibus run go to the transport lead, who keeps a log." });
      // No other heading has the word.
      quiet(WRONG, {
        titles: TITLES.map((t) => (t === "Complaints from parents" ? "When parents are unhappy" : t)),
      });
      // A general word: every section's, or the procedure word itself.
      quiet("Staff follow the usual procedure (see section 5).");
      quiet("Staff follow the safeguarding procedure (see section 5).");
      // The word heads the section the reference is written in: it points elsewhere on purpose.
      quiet(WRONG, {
        titles: TITLES.map((t) => (t === "Telling someone" ? "Telling someone and complaints" : t)),
      });
    }
  });
});
