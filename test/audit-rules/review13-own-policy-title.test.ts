/**
 * Review 13 (of d1cde58), in invented words. As of 1 December 2026.
 * A setting's own policy or procedure dated with its year ("our Sexting Policy (March 2022)") is not someone else's
 * publication: the outdated term in its title is the setting's own use and is reported. Someone else's publication
 * (a publisher in the bracket, a quoted or italic title, a statute) still hides the term.
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const check = (paragraph: string) => {
  const text = [
    "# Larkfield Climbing Wall — Safeguarding",
    "",
    "Our lead is Ada Quill.",
    "",
    paragraph,
    "",
  ].join("\n");
  return excerpts(checkText(outdatedReference, text, { asOf }), text);
};

describe("a term in the title of the setting's own dated policy or procedure", () => {
  it("is reported in a heading", () => {
    expect(check("## Safeguarding and Vulnerable Adults Policy (2023)")).toEqual(["Vulnerable Adults"]);
  });

  it("is reported after 'our', 'the' and a possessive", () => {
    expect(check("See also our Peer on Peer Abuse Policy (2021).")).toEqual(["Peer on Peer Abuse"]);
    expect(check("Read the wall's Sexting Policy (March 2022) with this one.")).toEqual(["Sexting"]);
    expect(
      check("Staff must follow the Peer on Peer Abuse Procedure (September 2024) in Appendix 3."),
    ).toEqual(["Peer on Peer Abuse"]);
    expect(check("Instructors sign our Sexting Code of Conduct (2020).")).toEqual(["Sexting"]);
  });

  it("stays hidden in someone else's publication", () => {
    expect(
      check("We also read Sexting in Youth Settings: Advice for Leaders (Larkfield Partnership, 2016)."),
    ).toEqual([]);
    expect(check("We also read the partnership's *Sexting Policy Guidance* (2016).")).toEqual([]);
    expect(check("We also read Safeguarding Vulnerable Adults: A Shared Duty (2009).")).toEqual([]);
  });
});
