/**
 * lead-missing (review of the forty-second session's Head of Safeguarding fallback, in our own words; every name is
 * invented). A trampoline club names no lead of its own: it says it "does not have a head of safeguarding" (nor "a
 * Head of Safeguarding", nor "no Head of Safeguarding"), or sends worries about a coach to the Head of Safeguarding at
 * its national body ("the Head of Safeguarding at British Trampolining, Ms …", "the Head of Safeguarding for Swim
 * Wales, …") or an acronym's ("the NSPCC Head of Safeguarding, Mr …"). None of these is the club's lead: the policy
 * still names none. Near misses that stay the lead: the club's own Head of Safeguarding ("Our Head of Safeguarding,
 * Ms …", "the Head of Safeguarding at Kestrel Vale Trampoline Club", the club's own name as its title gives it).
 */
import { describe, expect, it } from "vitest";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { markdownDocument, pdfDocument, run } from "../fixtures/structure/documents.js";

const club = (sentence: string) => {
  const paragraphs = [
    "Approved by the committee on 2 March 2026. Next review: March 2027.",
    "All coaches hold a current DBS check and complete safeguarding training every three years.",
    sentence,
  ];
  return [
    markdownDocument(
      [
        "# Kestrel Vale Trampoline Club — Safeguarding Policy",
        "",
        ...paragraphs.flatMap((p) => [p, ""]),
      ].join("\n"),
    ),
    pdfDocument(["Kestrel Vale Trampoline Club — Safeguarding Policy", ...paragraphs].join("\n")),
  ];
};

describe("lead-missing: a Head of Safeguarding the club says it has not, or another body's", () => {
  for (const sentence of [
    "The club is small and does not have a head of safeguarding; if you are worried, speak to any coach, Mr Idris Pennock or Ms Lowri Adebayo.",
    "The club is small and does not have a Head of Safeguarding; speak to any coach, Mr Idris Pennock or Ms Lowri Adebayo.",
    "There is no Head of Safeguarding at the club: speak to Mr Idris Pennock or Ms Lowri Adebayo.",
    "Concerns about a coach can be raised with the Head of Safeguarding at British Trampolining, Ms Lowri Adebayo (0345 000 1111).",
    "Concerns about a coach can be raised with the Head of Safeguarding for Swim Wales, Ms Lowri Adebayo.",
    "You can also write to the NSPCC Head of Safeguarding, Mr Idris Pennock.",
  ])
    it(`still reports no lead: "${sentence.slice(0, 60)}…"`, () => {
      for (const document of club(sentence))
        expect(run(leadMissing, document), `${document.format} ${sentence}`).toHaveLength(1);
    });

  for (const sentence of [
    "Our Head of Safeguarding, Ms Lowri Adebayo, leads on all child protection matters at the club.",
    "The Head of Safeguarding at Kestrel Vale Trampoline Club, Ms Lowri Adebayo, leads on all child protection matters.",
  ])
    it(`reads the club's own Head of Safeguarding as its lead: "${sentence.slice(0, 50)}…"`, () => {
      for (const document of club(sentence)) expect(run(leadMissing, document), document.format).toEqual([]);
    });
});
