/**
 * "Vulnerable adult" is the old term: since the Care Act 2014 came into force (1 April 2015) its statutory
 * guidance speaks of an "adult at risk" (/work/shared/RULEBOOK.md, "No Secrets", "vulnerable adult"). The words
 * are still the law's own in a few places, and there they are left alone: regulated activity and the barred
 * list under the Safeguarding Vulnerable Groups Act 2006, the offence of causing or allowing the death or serious
 * harm of "a child or vulnerable adult" (Domestic Violence, Crime and Victims Act 2004), the old POVA list's name
 * (which has its own finding), a council team's name, and a sentence that already says "adults at risk" or
 * gives the old words as history. Wording and names are our own.
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function found(text: string, on = asOf): string[] {
  return excerpts(checkText(outdatedReference, text, { asOf: on }), text);
}

describe('"vulnerable adults"', () => {
  it("is reported once, in any form, with the term to use and since when", () => {
    const text = [
      "# Safeguarding Children and Vulnerable Adults Policy",
      "",
      "Our lunch club volunteers visit older people at home; a volunteer who is worried about a vulnerable adult",
      "tells the club leader the same day.",
      "",
      "Trips for vulnerable adults are planned with their carers.",
      "",
    ].join("\n");
    const reported = checkText(outdatedReference, text, { asOf });
    expect(excerpts(reported, text)).toEqual(["Vulnerable Adults"]);
    expect(reported[0].message).toBe(
      '"Vulnerable Adults" (also written "vulnerable adult") is out of date: The Care Act 2014 and its statutory guidance speak of an "adult at risk" (an adult with care and support needs who cannot protect themselves from abuse or neglect), not a "vulnerable adult" (since 1 April 2015); it is mentioned 3 times in this policy, first here — write "adults at risk" instead',
    );
    expect(found("Some of the tenants we visit are vulnerable adults.")).toEqual(["vulnerable adults"]);
  });

  it("is not reported before the Care Act's safeguarding duties began", () => {
    expect(found("Some of the tenants we visit are vulnerable adults.", "2015-03-31")).toEqual([]);
  });

  it("is left alone where it is the law's own term, a name, or already explained", () => {
    for (const line of [
      "Volunteers in regulated activity relating to vulnerable adults have an enhanced check.",
      "Anyone barred from work with vulnerable adults (the adults' barred list) may not volunteer.",
      "Drivers are checked as the Safeguarding Vulnerable Groups Act 2006 requires.",
      "It is an offence to cause or allow the death or serious harm of a child or vulnerable adult (Domestic Violence, Crime and Victims Act 2004).",
      "Staff hired before 2009 were checked against the Protection of Vulnerable Adults scheme.",
      "Ring the council's Vulnerable Adults Team on 0117 496 0555.",
      "We support children and adults at risk (what older guidance called vulnerable adults).",
      "Adults at risk, formerly called vulnerable adults, are covered by our adult policy.",
      "An adult at risk is someone over 18 with care and support needs.",
    ])
      expect(found(line), line).toEqual([]);
  });

  it("leaves the old POVA list to its own finding", () => {
    const text = "Before 2009 we checked the Protection of Vulnerable Adults (POVA) list.";
    const reported = checkText(outdatedReference, text, { asOf });
    expect(excerpts(reported, text)).toEqual(["Protection of Vulnerable Adults (POVA) list"]);
    expect(reported[0].message).toContain("DBS barred lists");
  });
});
