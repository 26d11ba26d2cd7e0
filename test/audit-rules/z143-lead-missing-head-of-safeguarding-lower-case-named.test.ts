/**
 * lead-missing (review 51 of the forty-second session's Head of Safeguarding fallback, in our own words; every name is
 * invented). A tutoring company names no "Designated Safeguarding Lead": "Mr Corin Aldwych-Teague, head of
 * safeguarding, leads on all child protection matters". The title in lower case, tied to a name by a comma (the name
 * before it, or after it: "our head of safeguarding, Mr …, leads …"), is the company's own lead as the capitalised
 * title is. Near misses that still report no lead: the lower-case title with no name tied to it ("our head of
 * safeguarding will contact the family", "a head of safeguarding should be appointed") — a post spoken of in general.
 */
import { describe, expect, it } from "vitest";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const company = (sentence: string) => {
  const paragraphs = [
    "Agreed by the directors on 9 April 2026. This policy is reviewed every year.",
    "Every tutor holds an enhanced DBS check and completes safeguarding training every two years.",
    sentence,
  ];
  return [
    markdownDocument(
      [
        "# Ferncombe Tutoring Ltd Safeguarding Policy",
        "",
        "## Who to contact",
        "",
        ...paragraphs.flatMap((p) => [p, ""]),
      ].join("\n"),
    ),
    wordDocument(
      [
        "<h1>Ferncombe Tutoring Ltd Safeguarding Policy</h1>",
        "<h2>Who to contact</h2>",
        ...paragraphs.map((p) => `<p>${p}</p>`),
      ].join("\n"),
    ),
    pdfDocument(["Ferncombe Tutoring Ltd Safeguarding Policy", "Who to contact", ...paragraphs].join("\n")),
  ];
};

describe("lead-missing: a lower-case 'head of safeguarding' tied to a name", () => {
  for (const sentence of [
    "Mr Corin Aldwych-Teague, head of safeguarding, leads on all child protection matters (01632 960 771).",
    "Mr Corin Aldwych-Teague, our head of safeguarding, leads on all child protection matters.",
    "Our head of safeguarding, Mr Corin Aldwych-Teague, leads on all child protection matters.",
    "For any worry about a child, contact Mr Corin Aldwych-Teague, head of safeguarding, on 01632 960 771.",
  ])
    it(`reads the named holder as the lead: "${sentence.slice(0, 50)}…"`, () => {
      for (const document of company(sentence))
        expect(run(leadMissing, document), document.format).toEqual([]);
    });

  for (const sentence of [
    "If a tutor is worried about a child, our head of safeguarding will contact the family and, where needed, children's services.",
    "As the company grows, a head of safeguarding should be appointed; until then, speak to Mr Corin Aldwych-Teague.",
  ])
    it(`still reports no lead where no name is tied to it: "${sentence.slice(0, 50)}…"`, () => {
      for (const document of company(sentence))
        expect(run(leadMissing, document), document.format).toHaveLength(1);
    });
});
