/**
 * From the ninth held-out set (issue 11), in our own words; every name is invented. As of 1 December 2026.
 * - A date masked with asterisks or hashes (two, two and four of them between slashes, or "##/##/####") is a
 *   placeholder like "xx/xx/xxxx"; bold Markdown around real words on either side of a slash is not.
 * - A setting's name left in capitals in running text ("All staff at NAME OF NURSERY read …", "SCHOOL NAME
 *   expects …") is a placeholder; a form's label or instruction written in capitals is not.
 * - Scotland's and Northern Ireland's national guidance has editions like England's: the 2014 National Guidance
 *   for Child Protection in Scotland and the 2003 Co-operating to Safeguard Children are superseded; the 2021
 *   guidance (updated 2023) and the 2017 framework are current.
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { rule as placeholderText } from "../../src/audit/rules/placeholder-text.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(body: string[], form: string[] = []): string {
  return [
    "# Larkspur Lane Nursery — Safeguarding Policy",
    "",
    "## 1. Our safeguarding team",
    "",
    "Our Designated Safeguarding Lead is Odette Pirrie (07700 900531); her deputy is Kwame Ashdown.",
    "",
    ...body.flatMap((line) => [line, ""]),
    "## Appendix A – Record of a concern",
    "",
    ...form.flatMap((line) => [line, ""]),
  ].join("\n");
}

const found = (text: string) => excerpts(checkText(placeholderText, text, { asOf }), text);

describe("a date masked with asterisks or hashes", () => {
  it("is a placeholder in running text, in Markdown's escaped form and as Word or PDF show it", () => {
    expect(found(policy(["The owners adopted this policy on **/**/**** and review it each year."]))).toEqual([
      "**/**/****",
    ]);
    expect(
      found(policy(["The owners adopted this policy on \\*\\*/\\*\\*/\\*\\*\\*\\* and review it."])),
    ).toEqual(["\\*\\*/\\*\\*/\\*\\*\\*\\*"]);
    expect(found(policy(["Next review: ##/##/20##"]))).toEqual(["##/##/20##"]);
  });

  it("is not bold words either side of a slash, nor a form's date pattern", () => {
    expect(
      found(policy(["Tick **Yes**/**No** on the consent slip; the date is written as dd/mm/yyyy."])),
    ).toEqual([]);
  });
});

describe("a setting's name left in capitals in running text", () => {
  it("is a placeholder", () => {
    expect(
      found(policy(["Every member of staff at NAME OF NURSERY reads this policy in their first week."])),
    ).toEqual(["NAME OF NURSERY"]);
    expect(found(policy(["We expect SETTING NAME to share this policy with every parent."]))).toEqual([
      "SETTING NAME",
    ]);
  });

  it("is not a form's label or its instructions in capitals", () => {
    expect(
      found(
        policy(
          ["Staff record every concern on the form in Appendix A."],
          [
            "NAME OF CHILD: Date of birth:",
            "NAME OF NURSERY:",
            "PLEASE WRITE THE NAME OF THE NURSERY AND THE DATE IN THE BOX BELOW",
            "IF ACTION IS NEEDED, FILL IN THE BOX BELOW",
          ],
        ),
      ),
    ).toEqual([]);
  });

  it("is not a sentence about a form's fields, nor another thing's name", () => {
    expect(
      found(
        policy([
          "Emergency contacts are recorded on the form under CONTACT NAME and telephone number.",
          "Write the child's details in the box marked SCHOOL NAME on the referral form.",
          "Each volunteer writes their ROLE NAME and the date on the sign-in sheet every session.",
        ]),
      ),
    ).toEqual([]);
  });

  it("is a placeholder whatever the form does elsewhere", () => {
    expect(
      found(
        policy(
          ["Every member of staff at NAME OF NURSERY reads this policy in their first week."],
          ["NAME OF NURSERY:"],
        ),
      ),
    ).toEqual(["NAME OF NURSERY"]);
  });
});

describe("editions of Scotland's and Northern Ireland's national guidance", () => {
  const flagged = (sentence: string) =>
    excerpts(checkText(outdatedReference, policy([sentence]), { asOf }), policy([sentence]));

  it("finds a superseded edition", () => {
    expect(flagged("We follow the National Guidance for Child Protection in Scotland (2014).")).toEqual([
      "National Guidance for Child Protection in Scotland (2014)",
    ]);
    expect(flagged("Our procedures follow Co-operating to Safeguard Children (2003).")).toEqual([
      "Co-operating to Safeguard Children (2003)",
    ]);
  });

  it("leaves the edition in force, its update and a name given as history alone", () => {
    for (const sentence of [
      "We follow the National Guidance for Child Protection in Scotland 2021 (updated 2023).",
      "We follow the National Guidance for Child Protection in Scotland 2023.",
      "Co-operating to Safeguard Children and Young People in Northern Ireland (2017) sets out our duties.",
      "The National Guidance for Child Protection in Scotland 2021 replaced the 2014 guidance.",
    ])
      expect(flagged(sentence), sentence).toEqual([]);
  });
});
