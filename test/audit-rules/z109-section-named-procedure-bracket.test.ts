/**
 * section-reference (held-out set zz109), in our own words; every name is invented. As of 1 December 2026.
 * "follow the missing child procedure (section 6)" where section 6 is "Sports hall and kit": the procedure the
 * reference names straight before its bracket, in words of its own (not "child", "staff") whose subject's other words
 * are known (lost, missing), is one section 6 never speaks of. Near misses: a procedure whose subject has no other
 * words known (intimate care, allegations, complaints: its section may name it in words of its own), the section
 * speaks of it (in the same or other words), a generic procedure ("the child protection procedure (section 6)"), a
 * capitalised document's title ("the Lost Property Procedure (section 6)"), another document's section ("section 6
 * of the Children Act"), and a reference with more words in its bracket.
 */
import { describe, expect, it } from "vitest";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { found, markdownDocument, run } from "../fixtures/structure/documents.js";

function policy(
  sentence: string,
  sixth = "Every child changes in the sports hall's family room. Staff keep phones in the office.",
) {
  return markdownDocument(
    [
      "# Brackenbury Leisure Centre – Safeguarding Policy",
      "",
      "## 1. Purpose",
      "",
      "We keep every child who uses the centre safe.",
      "",
      "## 2. Who is responsible",
      "",
      "Our lead is Farah Odell, Centre Manager.",
      "",
      "## 3. Recognising concerns",
      "",
      "Staff learn the signs of abuse and neglect.",
      "",
      "## 4. What to do",
      "",
      "Tell the lead the same day and write down what you saw.",
      "",
      "## 5. Holiday camp",
      "",
      `Children are collected by a named adult. ${sentence}`,
      "",
      "## 6. Sports hall and kit",
      "",
      sixth,
      "",
      "## 7. Contacts",
      "",
      "Childline: 0800 1111.",
      "",
    ].join("\n"),
  );
}

describe("section-reference: a named procedure the section never speaks of", () => {
  it("finds the reference after the procedure's name", () => {
    const document = policy(
      "If a child is not where they should be, staff follow the missing child procedure (section 6).",
    );
    const reported = run(sectionReference, document);
    expect(found(reported, document)).toEqual(["section 6"]);
    expect(reported[0].message).toContain("missing child procedure");
    expect(reported[0].message).toContain("Sports hall and kit");
  });
  it("finds it with 'see' in the bracket", () => {
    const document = policy("If a child wanders off, staff use the lost child procedure (see section 6).");
    expect(found(run(sectionReference, document), document)).toEqual(["section 6"]);
  });
  it("near misses", () => {
    for (const [sentence, sixth] of [
      // The section speaks of it, in the same words or in others.
      [
        "If nobody comes, staff follow the uncollected child procedure (section 6).",
        "A child left uncollected waits in the office with two staff.",
      ],
      [
        "If a child wanders off, staff use the lost child procedure (section 6).",
        "If a child goes missing, staff search the hall and ring the parent.",
      ],
      // A procedure whose subject has no other words known here: its section may name it in words of its own
      // ("Toileting and nappy changing" for intimate care, "Concerns about a member of staff" for allegations).
      [
        "Staff follow the intimate care procedure (section 6).",
        "Toileting and nappy changing happen in the family room with the door ajar.",
      ],
      [
        "We follow the allegations procedure (section 6).",
        "Concerns about a member of staff go to the manager.",
      ],
      [
        "Parents can use our complaints procedure (section 6).",
        "If you are unhappy with us, tell the manager.",
      ],
      ["New helpers go through the induction process (section 6).", "New volunteers shadow a coach."],
      ["If nobody comes, staff follow the uncollected child procedure (section 6).", undefined],
      // Generic words only, a document's title, another document's section, more in the bracket.
      ["Staff follow the child protection procedure (section 6).", undefined],
      ["Staff follow the Lost Property Procedure (section 6).", undefined],
      ["Staff follow the lost child procedure (section 6 of the camp handbook).", undefined],
      ["Staff follow the lost child procedure (section 6 and the camp rules).", undefined],
    ] as const) {
      const document = policy(sentence, sixth);
      expect(found(run(sectionReference, document), document), sentence).toEqual([]);
    }
  });
});
