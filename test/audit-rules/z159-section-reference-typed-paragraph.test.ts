/**
 * section-reference (held-out set zz165), in our own words; every name is invented; as of 1 December 2026.
 * A policy of numbered headings ("## 1. Purpose" … "## 6. Contacts") numbers its paragraphs by hand under them, to two
 * or three levels ("2.1 …", "3.2.1 …"), and one section has a single numbered paragraph ("5.1 We share information …").
 * A paragraph elsewhere says "the handling of a suspension is covered in paragraph 5.2": there is no paragraph 5.2 —
 * a broken cross-reference. What now counts: in a policy that numbers its paragraphs by hand in several sections, a
 * "paragraph 5.2", "para. 5.2" or a bare "(see 5.2)" naming a paragraph the section does not have (and no heading), even
 * where that section has only one numbered paragraph; in Markdown, Word and a PDF's text.
 * Stays as it is: references to paragraphs that are there ("paragraph 4.2", "see 3.2", "paragraph 3.2.1"); a
 * policy whose paragraphs are not numbered ("paragraph 5.2" may be another document's); another document's paragraph
 * ("paragraph 5.2 of Working Together", "… of the procedures"); a policy where only one section numbers a paragraph.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { found, markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

type Section = [title: string, paragraphs: string[]];

const policy = (pointer: string, numbered = true): Section[] => {
  const n = (number: string, words: string) => (numbered ? `${number} ${words}` : words);
  return [
    [
      "1. Purpose",
      [
        n("1.1", "This procedure applies to every worker and volunteer at Hollinsway Community Nursery."),
        n("1.2", "It is read alongside our Code of Conduct and our Whistleblowing Policy."),
      ],
    ],
    [
      "2. Who is responsible",
      [
        n("2.1", "The Designated Safeguarding Lead is Ms Tamsin Holloway-Reid (01632 960741)."),
        n("2.2", "Her deputy is Mr Idris Fenwick (01632 960742)."),
      ],
    ],
    [
      "3. Responding to a concern",
      [
        n("3.1", "Listening to the child"),
        n("3.1.1", "Stay calm and let the child speak in their own words."),
        n("3.1.2", "Do not promise to keep a secret."),
        n("3.2", "Making a referral"),
        n("3.2.1", "The lead decides whether to refer to the Children's Advice Hub (01632 960750)."),
      ],
    ],
    [
      "4. Allegations against staff",
      [
        n("4.1", "Any allegation about a worker goes to the Nursery Manager the same day."),
        n("4.2", `The LADO is phoned within one working day (01632 960760); ${pointer}`),
      ],
    ],
    [
      "5. Information sharing",
      [
        n(
          "5.1",
          "We share information in line with national advice, seeking consent unless that puts the child at risk.",
        ),
      ],
    ],
    ["6. Contacts", ["NSPCC helpline: 0808 800 5000."]],
  ];
};

const md = (sections: Section[]) =>
  markdownDocument(
    [
      "# Hollinsway Community Nursery",
      "",
      "## Safeguarding Procedure",
      "",
      ...sections.flatMap(([h, ps]) => [`## ${h}`, "", ...ps.flatMap((p) => [p, ""])]),
    ].join("\n"),
  );
const docx = (sections: Section[]) =>
  wordDocument(
    `<h1>Hollinsway Community Nursery</h1><h2>Safeguarding Procedure</h2>${sections
      .map(([h, ps]) => `<h2>${h}</h2>${ps.map((p) => `<p>${p}</p>`).join("")}`)
      .join("")}`,
  );
const pdf = (sections: Section[]) =>
  pdfDocument(
    [
      "Hollinsway Community Nursery",
      "Safeguarding Procedure",
      "",
      ...sections.flatMap(([h, ps]) => [h, ...ps.map((p) => p.replace(/(.{55,70}?) /g, "$1\n")), ""]),
    ].join("\n"),
  );
const layouts = (pointer: string, numbered = true): SourceDocument[] =>
  [md, docx, pdf].map((make) => make(policy(pointer, numbered)));

const reported = (document: SourceDocument) => found(run(sectionReference, document), document);

describe("a reference to a typed paragraph number the policy does not have", () => {
  for (const [pointer, said] of [
    ["the handling of a suspension is covered in paragraph 5.2.", "paragraph 5.2"],
    ["how a suspension is handled is set out in para. 5.2.", "para. 5.2"],
    ["ask for advice first (see paragraph 5.2).", "paragraph 5.2"],
    ["the records kept are described in paragraph 2.3.", "paragraph 2.3"],
    ["the suspension steps are covered in paragraph 5.2 of this procedure.", "paragraph 5.2"],
  ] as const)
    it(`is reported: ${pointer}`, () => {
      for (const document of layouts(pointer)) expect(reported(document), document.format).toEqual([said]);
    });

  it("as a bare number after a pointer: (see 5.2)", () => {
    for (const document of layouts("ask for advice first (see 5.2)."))
      expect(reported(document), document.format).toEqual(["5.2"]);
  });
});

describe("stays as it is", () => {
  for (const pointer of [
    "the handling of a suspension is covered in paragraph 4.1.",
    "ask for advice first (see 3.2).",
    "the referral is made as set out in paragraph 3.2.1.",
    "sharing information is covered in paragraph 5.1.",
    "the handling of a suspension is covered in paragraph 5.2 of Working Together to Safeguard Children.",
    "the handling of a suspension is covered in paragraph 5.2 of the local multi-agency procedures.",
  ])
    it(`a paragraph that is there, or another document's: ${pointer}`, () => {
      for (const document of layouts(pointer)) expect(reported(document), document.format).toEqual([]);
    });

  it("a policy that does not number its paragraphs", () => {
    for (const document of layouts("the handling of a suspension is covered in paragraph 5.2.", false))
      expect(reported(document), document.format).toEqual([]);
  });

  it("a policy where only the one section numbers a paragraph", () => {
    const sections = policy("the handling of a suspension is covered in paragraph 5.2.", false);
    sections[4] = ["5. Information sharing", ["5.1 We share information in line with national advice."]];
    for (const make of [md, docx, pdf]) {
      const document = make(sections);
      expect(reported(document), document.format).toEqual([]);
    }
  });
});
