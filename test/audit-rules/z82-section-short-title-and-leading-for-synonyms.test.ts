/**
 * section-reference, in our own words; every name is invented.
 * "Pictures go on our website only once parents have given consent (see section 4)." where section 2 is
 * "Consent" and section 4, "Photos of singers", is about pictures: a one-word title named in passing does not
 * redirect a bare pointer whose sentence shares a word with the section it cites. A sentence sharing none
 * ("Guests need a consent form too (see section 4).") is still reported.
 */
import { describe, expect, it } from "vitest";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { found, markdownDocument, run } from "../fixtures/structure/documents.js";

const HEAD =
  "# Safeguarding Policy – Larkfield Community Choir\n\nDesignated Safeguarding Lead: Priya Nolan (07700 900456)\nDeputy Designated Safeguarding Lead: Tom Reeve\n";
const TAIL = "\nNext review: March 2027\n";

function choir(concerts: string) {
  return markdownDocument(
    `${HEAD}
## 1. Aims

We want every young singer to feel safe at rehearsals.

## 2. Consent

Parents sign a consent form when a singer joins.

## 3. Worries

Speak to the Designated Safeguarding Lead before the singer goes home.

## 4. Photos of singers

Volunteers take pictures of singers only on the choir's own tablet and delete them after a year.

## 5. Concerts

${concerts}
${TAIL}`,
  );
}

describe("section-reference: a short one-word title named in passing", () => {
  it("stays quiet where the sentence shares a word with the section it cites", () => {
    const document = choir(
      "Pictures go on our website only once parents have given consent (see section 4).",
    );
    expect(found(run(sectionReference, document), document)).toEqual([]);
  });

  it("still reports a sentence sharing no word with the section it cites", () => {
    const document = choir("Guests need a consent form too (see section 4).");
    const reports = run(sectionReference, document);
    expect(found(reports, document)).toEqual(["section 4"]);
    expect(reports[0].message).toContain('for "Consent"');
  });
});
