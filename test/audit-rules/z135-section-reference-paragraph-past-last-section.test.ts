/**
 * section-reference (held-out set zz135), in our own words; every name is invented; as of 1 December 2026. A policy
 * of numbered sections whose text is numbered paragraphs ("## 3. Records" / "3.1 …" / "3.2 …") refers to "paragraph
 * 6.1", in a section 6 the policy does not have (it ends at 3.2): a paragraph that is not there. Near misses:
 * "paragraph 2.2", which is there, and "paragraph 6.1 of Working Together", another document's.
 */
import { describe, expect, it } from "vitest";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { found, markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const sections = (pointer: string): Array<[string, string[]]> => [
  [
    "1. Purpose",
    [
      "1.1 This policy sets out how Fenwick Lane Learning Centre keeps its pupils safe.",
      "1.2 It applies to every member of staff and every volunteer.",
    ],
  ],
  [
    "2. The safeguarding team",
    [
      "2.1 Designated Safeguarding Lead: Ms Orla Pennick, Deputy Head.",
      "2.2 Concerns are passed to her the same day, in writing.",
    ],
  ],
  [
    "3. Records",
    [
      "3.1 Every concern is written up on the centre's recording system.",
      `3.2 When a pupil moves school the file is sent on within five school days ${pointer}.`,
    ],
  ],
];

const md = (pointer: string) =>
  markdownDocument(
    [
      "# Child Protection Policy",
      "",
      ...sections(pointer).flatMap(([h, ps]) => [`## ${h}`, "", ...ps.flatMap((p) => [p, ""])]),
    ].join("\n"),
  );
const docx = (pointer: string) =>
  wordDocument(
    `<h1>Child Protection Policy</h1>${sections(pointer)
      .map(([h, ps]) => `<h2>${h}</h2>${ps.map((p) => `<p>${p}</p>`).join("")}`)
      .join("")}`,
  );

describe("a numbered paragraph in a section the policy does not have", () => {
  it.each([
    ["md", md],
    ["docx", docx],
  ] as const)("is reported (%s)", (_, make) => {
    const document = make("(see paragraph 6.1)");
    expect(found(run(sectionReference, document), document)).toEqual(["paragraph 6.1"]);
  });

  it("stays quiet for a paragraph that is there", () => {
    const document = md("(see paragraph 2.2)");
    expect(run(sectionReference, document)).toEqual([]);
  });

  it("stays quiet for another document's paragraph", () => {
    const document = md("(see paragraph 6.1 of Working Together to Safeguard Children)");
    expect(run(sectionReference, document)).toEqual([]);
  });
});
