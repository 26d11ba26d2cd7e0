/**
 * Found in review (thirty-fourth session): a sentence that requires the current check, then a sentence telling that
 * body's history — "Every helper must have an enhanced DBS check. It was formed in 2012 from the CRB and the ISA." The
 * requirement belongs to the first sentence; the old names are the history told in the second. In our own words; as
 * of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const found = (body: string) => {
  const text = `# Larkspur Bell Ringers – Safeguarding Policy\n\nSafeguarding Officer: Meena Castell\n\n## Checks\n\n${body}\n`;
  return excerpts(checkText(outdatedReference, text, { asOf }), text);
};

describe("the history of a body told in the sentence after a requirement of it", () => {
  it("near miss: the requirement is in the sentence before; the old names are history", () => {
    expect(
      found(
        "Every ringer who teaches the juniors must have an enhanced check from the Disclosure and Barring Service. It was formed in 2012 from the Criminal Records Bureau and the Independent Safeguarding Authority.",
      ),
    ).toEqual([]);
    expect(
      found(
        "Tower captains should renew their Disclosure and Barring Service check every three years. It replaced the Criminal Records Bureau in 2012.",
      ),
    ).toEqual([]);
  });

  it("still reports a requirement of the old thing in the sentence that names it", () => {
    expect(
      found(
        "We use the Disclosure and Barring Service. It was formed in 2012, and every ringer must still hold a CRB check.",
      ),
    ).toEqual(["CRB check"]);
    expect(
      found(
        "Every ringer must hold a check from the Disclosure and Barring Service. Each must also have a CRB check from before 2012.",
      ),
    ).toEqual(["CRB check"]);
  });
});

describe("a change log's row that records a renaming with an arrow", () => {
  const log = (change: string) =>
    found(
      `## Version history\n\n| Version | Date | Change |\n| --- | --- | --- |\n| 3.1 | 02/10/2020 | ${change} |`,
    );

  it("near miss: 'Local Safeguarding Children Board → Safeguarding Partnership' is history", () => {
    expect(log("Local Safeguarding Children Board → Tollcross Safeguarding Partnership throughout")).toEqual(
      [],
    );
    expect(log("Criminal Records Bureau -> Disclosure and Barring Service in section 6")).toEqual([]);
  });

  it("still reports an arrow that is no renaming, or an old name in a row's own use", () => {
    expect(
      found(
        "## Who to tell\n\nConcern → Safeguarding Officer → Local Safeguarding Children Board (01632 960412)",
      ),
    ).toEqual(["Local Safeguarding Children Board"]);
    expect(log("Referrals now go to the Local Safeguarding Children Board → see section 4")).toEqual([
      "Local Safeguarding Children Board",
    ]);
    // A referral route's numbered step (found in review): the arrow is the route, not a renaming.
    expect(
      found(
        "## Referral route\n\n| Step | Who |\n| --- | --- |\n| 1 | Safeguarding Officer |\n| 2 | Local Safeguarding Children Board → Children's Social Care |",
      ),
    ).toEqual(["Local Safeguarding Children Board"]);
  });
});
