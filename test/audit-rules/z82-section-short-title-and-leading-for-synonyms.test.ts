/**
 * section-reference, in our own words; every name is invented.
 * 1. "Pictures go on our website only once parents have given consent (see section 4)." where section 2 is
 *    "Consent" and section 4, "Photos of singers", is about pictures: a one-word title named in passing does not
 *    redirect a bare pointer whose sentence shares a word with the section it cites. A sentence sharing none
 *    ("Guests need a consent form too (see section 4).") is still reported.
 * 2. "For tours abroad, see section 4." where section 3 is "Local tours" and section 4 "Overseas and overnight
 *    visits": the subject's words are the cited section's in other words (abroad/overseas, tours/visits), so it is
 *    not reported as meaning section 3. A subject the cited section says nothing of, in any words, still is.
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

function tours(planning: string) {
  return markdownDocument(
    `${HEAD}
## 1. Aims

We want every young singer to feel safe at rehearsals.

## 2. Worries

Speak to the Designated Safeguarding Lead before the singer goes home.

## 3. Local tours

Two adults travel with the singers on every local tour.

## 4. Overseas and overnight visits

Any visit overseas, or one with a night away, needs the committee's agreement and each parent's signature.

## 5. Planning

${planning}
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

describe("section-reference: 'For <subject>, see section N' said in other words", () => {
  it("stays quiet where the cited section writes the subject in other words", () => {
    const document = tours("For tours abroad, see section 4.");
    expect(found(run(sectionReference, document), document)).toEqual([]);
  });

  it("still reports a subject the cited section says nothing of", () => {
    const document = tours("For local coach seating, see section 4.");
    const reports = run(sectionReference, document);
    expect(found(reports, document)).toEqual(["section 4"]);
    expect(reports[0].message).toContain('section 3, "Local tours"');
  });
});
