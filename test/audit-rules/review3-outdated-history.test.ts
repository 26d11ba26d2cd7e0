/**
 * Review 3, finding 5 (issue 11), in our own words; every name is invented. As of 1 December 2026.
 * A sentence that gives an old name as history ("The DBS replaced the CRB in 2012") may go on to quote or explain
 * the same name ("some parents still ask for a 'CRB'"): that mention is history too. It may also go on to ask for
 * the old thing as a live requirement ("…, and each helper must still hold a current CRB check"): that mention is
 * the mistake the rule is for, and is reported.
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { found, markdownDocument, run } from "../fixtures/structure/documents.js";

const policy = (sentence: string) =>
  [
    "# Larkfield Swimming Club — Safeguarding Policy",
    "",
    sentence,
    "",
    "Children are never left alone.",
  ].join("\n");
const crbFound = (sentence: string) => {
  const document = markdownDocument(policy(sentence));
  return found(run(outdatedReference, document), document).filter((f) => /CRB|Criminal Records/i.test(f));
};

describe("outdated-reference: history in a sentence does not hide a requirement later in it", () => {
  it("reports a requirement to hold, obtain or apply for the old check after the history", () => {
    for (const [sentence, expected] of [
      [
        "The Disclosure and Barring Service took over from the CRB in 2012, and each coach must still hold a current CRB check before the first session.",
        ["CRB check"],
      ],
      [
        "The DBS replaced the CRB in 2012, and every helper must still hold a current CRB check before they start.",
        ["CRB check"],
      ],
      [
        "The DBS superseded the Criminal Records Bureau, so new coaches need to obtain an enhanced CRB disclosure from the office.",
        ["CRB disclosure"],
      ],
      [
        "The DBS replaced the CRB; poolside volunteers should apply for a CRB check through the secretary.",
        ["CRB check"],
      ],
      ["The DBS replaced the CRB in 2012, but we still accept a valid CRB certificate.", ["CRB certificate"]],
      [
        "The DBS replaced the CRB; every helper must hold a CRB check, meaning one issued in the last three years.",
        ["CRB check"],
      ],
    ] as const) {
      expect(crbFound(sentence), sentence).toEqual(expected);
    }
  });

  it("leaves the old name alone where the same sentence quotes or explains it", () => {
    for (const sentence of [
      'The DBS replaced the old CRB in 2012; some parents still ask for a "CRB".',
      "The DBS replaced the old CRB in 2012, though some parents still ask for a CRB at registration.",
      "The DBS replaced the CRB in 2012 (some families still say ‘CRB check’ when they mean a DBS check).",
      "The DBS replaced the CRB in 2012, so when a parent asks whether a coach has a CRB, they mean a DBS check.",
      "The DBS replaced the Criminal Records Bureau (CRB) in 2012.",
    ]) {
      expect(crbFound(sentence), sentence).toEqual([]);
    }
  });

  it("still reports the old name in the next sentence", () => {
    expect(
      crbFound("The DBS replaced the CRB in 2012. Volunteers have a CRB check every three years."),
    ).toEqual(["CRB check"]);
  });
});
