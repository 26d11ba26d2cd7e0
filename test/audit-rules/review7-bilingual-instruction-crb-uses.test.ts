/**
 * Review 7 of issue 11, in our own words; every name is invented. As of 1 December 2026.
 * - A bracket whose English instruction ("add", "enter") follows a slash is a bilingual template's leftover only when
 *   the words before the slash are the other language's instruction ("[cuir isteach / insert]", "(ychwanegwch
 *   ddyddiad / add date)"). English prose in brackets with a slash in it ("(staff room / enter by the side gate)")
 *   is the policy's own sentence.
 * - An old body's name with what replaced it is history only when the sentence does not use or ask for the old
 *   thing: "A CRB check is needed …", "The club pays for the CRB check …", "Leaders will remember the CRB check is
 *   renewed …" (a reminder of a rule), and a list of replaced bodies ends where a new clause starts.
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { rule as placeholderText } from "../../src/audit/rules/placeholder-text.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const placeholders = (text: string) => excerpts(checkText(placeholderText, text, { asOf }), text);
const outdated = (text: string) => excerpts(checkText(outdatedReference, text, { asOf }), text);

describe("English prose in brackets with a slash", () => {
  it("is no bilingual instruction", () => {
    expect(
      placeholders(
        "Parents sign the visitors' book in the office (staff room / enter by the side gate) on arrival.\n",
      ),
    ).toEqual([]);
    expect(
      placeholders(
        "Incidents go in the log (the green folder or the app / add only the first name) the same day.\n",
      ),
    ).toEqual([]);
    expect(
      placeholders("Keep the phone tree current (numbers and emails / add each new helper in June).\n"),
    ).toEqual([]);
    expect(
      placeholders("Badges are worn at all times [lanyard or clip / type of badge decided by the hall].\n"),
    ).toEqual([]);
  });

  it("near miss: the other language's instruction first is still a leftover", () => {
    expect(placeholders("| Deputy | Siobhán Keane | [cuir isteach / insert] |\n")).toEqual([
      "[cuir isteach / insert]",
    ]);
    expect(placeholders("Deputy: Mr Gethin Rowe, [rhowch rif / insert number]\n")).toEqual([
      "[rhowch rif / insert number]",
    ]);
    expect(placeholders("Approved by the trustees on (ychwanegwch ddyddiad / add date).\n")).toEqual([
      "(ychwanegwch ddyddiad / add date)",
    ]);
    expect(placeholders("Deputy phone: (insert number)\n")).toEqual(["(insert number)"]);
  });
});

describe("an old check's name used in a sentence that also says what replaced it", () => {
  it("is found when the sentence needs, pays for or reminds of the old check", () => {
    expect(
      outdated("Every helper's CRB check is required before the first session; the DBS replaced it in 2012."),
    ).toEqual(["CRB check"]);
    expect(outdated("A CRB check is needed before any parent helps; the DBS replaced it in 2012.")).toEqual([
      "CRB check",
    ]);
    expect(
      outdated(
        "The committee pays for each CRB check; the DBS took over from it in 2012 but the cost has not changed.",
      ),
    ).toEqual(["CRB check"]);
    expect(
      outdated("Coaches will remember the CRB check is renewed every three years by the welfare officer."),
    ).toEqual(["CRB check"]);
  });

  it("is found when the sentence holds, needs or tells people to fill in the old thing", () => {
    expect(
      outdated("Our coaches hold a CRB check, which the secretary renews; the DBS replaced it in 2012."),
    ).toEqual(["CRB check"]);
    expect(
      outdated(
        "Helpers will remember the CRB check they need before the first match; the DBS replaced it in 2012.",
      ),
    ).toEqual(["CRB check"]);
    expect(outdated("New parents can remember the CRB form and return it before the first session.")).toEqual(
      ["CRB form"],
    );
    expect(outdated("There is no need for a CRB check; the DBS replaced it in 2012.")).toEqual([]);
  });

  it("is found after a list of replaced bodies that a new clause ends", () => {
    expect(
      outdated(
        "Since 2012 the DBS has replaced the Criminal Records Bureau, ISA and CRB checks are still taken from long-serving coaches.",
      ),
    ).toContain("CRB checks");
  });

  it("near miss: a name recalled, or listed among what was replaced, stays history", () => {
    expect(
      outdated(
        "Coaches who joined long ago may remember the CRB; the Disclosure and Barring Service replaced it in 2012.",
      ),
    ).toEqual([]);
    expect(outdated("Some older members recall these as CRB disclosures.")).toEqual([]);
    expect(
      outdated(
        "In 2012 the DBS took over from the Criminal Records Bureau and the Independent Safeguarding Authority.",
      ),
    ).toEqual([]);
    expect(outdated("Helpers must hold a CRB check; the DBS replaced it in 2012.")).toEqual(["CRB check"]);
  });
});
