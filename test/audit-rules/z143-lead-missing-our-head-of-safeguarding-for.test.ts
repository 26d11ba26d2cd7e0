/**
 * lead-missing (review 51 of the forty-second session's Head of Safeguarding fallback, in our own words; every name is
 * invented). A training provider names its own Head of Safeguarding with a remit or a place after the title: "Our Head
 * of Safeguarding for Learners and Apprentices, Ms …", "Ms … is our Head of Safeguarding at Head Office", "… for
 * Education", "… at the Registered Office". After "our" the title is the provider's own; and capitalised words after
 * "for" or "at" name another body only where they end in a word that names one ("British Gymnastics", "Swim Wales",
 * "Hollowmere Council"), not a remit or an office. Near misses that still report no lead: another body's Head of
 * Safeguarding ("the Head of Safeguarding at British Rowing, Ms …", "the Head of Safeguarding for Netball Wales", "the
 * NSPCC Head of Safeguarding, Mr …").
 */
import { describe, expect, it } from "vitest";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { markdownDocument, pdfDocument, run } from "../fixtures/structure/documents.js";

const provider = (sentence: string) => {
  const paragraphs = [
    "Signed off by the board on 3 June 2026. We review this policy every year.",
    "All assessors hold an enhanced DBS check.",
    sentence,
  ];
  return [
    markdownDocument(
      ["# Quillmoor Skills Ltd Safeguarding Policy", "", ...paragraphs.flatMap((p) => [p, ""])].join("\n"),
    ),
    pdfDocument(["Quillmoor Skills Ltd Safeguarding Policy", ...paragraphs].join("\n")),
  ];
};

describe("lead-missing: 'our Head of Safeguarding for …' / '… at Head Office' is the provider's own lead", () => {
  for (const sentence of [
    "Our Head of Safeguarding for Education, Mr Tobiah Renshaw-Kaur, leads on all child protection matters.",
    "Our Head of Safeguarding for Learners and Apprentices, Mr Tobiah Renshaw-Kaur, leads on all child protection matters.",
    "Mr Tobiah Renshaw-Kaur is our Head of Safeguarding at Head Office and leads on all child protection matters.",
    "The Head of Safeguarding at the Registered Office, Mr Tobiah Renshaw-Kaur, leads on all child protection matters.",
  ])
    it(`reads the holder as the lead: "${sentence.slice(0, 60)}…"`, () => {
      for (const document of provider(sentence))
        expect(run(leadMissing, document), document.format).toEqual([]);
    });

  for (const sentence of [
    "Concerns about an assessor may be raised with the Head of Safeguarding at British Rowing, Mr Tobiah Renshaw-Kaur.",
    "Concerns may also be raised with the Head of Safeguarding for Netball Wales, Mr Tobiah Renshaw-Kaur.",
    "You can also write to the NSPCC Head of Safeguarding, Mr Tobiah Renshaw-Kaur.",
  ])
    it(`still reports no lead for another body's: "${sentence.slice(0, 60)}…"`, () => {
      for (const document of provider(sentence))
        expect(run(leadMissing, document), document.format).toHaveLength(1);
    });
});
