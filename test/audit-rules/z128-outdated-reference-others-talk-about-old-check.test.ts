/**
 * outdated-reference (held-out set zz128), in our own words; every name is invented. As of 1 December 2026. A club
 * that writes 'Some of our parents still talk about a "CRB check": it is the same check, now done by the Disclosure
 * and Barring Service' names the old check on purpose, as others still say it, and tells what does the work now — as
 * "still call it" and "replaced by" already do. So are "what used to be called a CRB check" and "the old CRB check,
 * now the DBS check". Still warned: a club that asks for the old check itself, one that only says parents talk about
 * it, and one whose "now" names no current body.
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const found = (text: string) =>
  checkText(outdatedReference, `# Ashcombe Judo Club\n\n## Checks\n\n${text}`, { asOf }).map(
    (f) => f.excerpt,
  );

describe("outdated-reference: the old check as others still talk about it, with who does it now", () => {
  it("stays quiet when the old name is what others say and the sentence names who does the check now", () => {
    for (const text of [
      'Every coach holds an enhanced DBS certificate. (Some of our parents still talk about a "CRB check": it is the same kind of check, now done by the Disclosure and Barring Service.)',
      "Some longer-serving members still speak of a 'CRB check': the check is now carried out by the DBS.",
      "Every coach holds what used to be called a CRB check, an enhanced DBS certificate.",
      "Every coach holds the old CRB check, now the DBS check, before working with juniors.",
    ])
      expect(found(text), text).toEqual([]);
  });
  it("still warns when the club asks for the old check, or no change is told", () => {
    expect(found("All coaches must hold a current CRB check, renewed every three years.")).toEqual([
      "CRB check",
    ]);
    expect(found('Some of our parents still talk about a "CRB check"; every coach here has one.')).toEqual([
      "CRB check",
    ]);
    expect(
      found(
        'Some of our parents still talk about a "CRB check": it is now done at the club office by our secretary.',
      ),
    ).toEqual(["CRB check"]);
  });
});
