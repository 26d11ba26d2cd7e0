/**
 * Scottish sport's lead: sportscotland's and Children 1st's "Child Wellbeing and Protection Officer" (CWPO), the
 * Scottish FA's "Club Child Wellbeing & Protection Officer", Mountaineering Scotland's "Child Wellbeing Protection
 * Officer" — the club's designated lead, as the Child Protection Officer was before. And club officers who "support
 * the CWPO" are not it. From the sixteenth held-out set (issue 11), in our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { findLeadMentions } from "../../src/audit/text/leads.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function page(who: string[], training: string[] = []): string {
  return [
    "# Glenbrae Canoe Club — Child Wellbeing and Protection Policy",
    "",
    "We follow the National Guidance for Child Protection in Scotland 2021 and GIRFEC.",
    "",
    "## Who to talk to",
    "",
    ...who,
    "",
    "## If you are worried",
    "",
    "Tell the CWPO the same day and write down what you saw.",
    "",
    ...training,
  ].join("\n");
}

describe("Scotland's Child Wellbeing and Protection Officer", () => {
  for (const [what, who] of [
    [
      "a sentence with a hard break",
      [
        "Our Child Wellbeing and Protection Officer (CWPO) is\\",
        "**Mr Angus Rennie**\\",
        "Phone: 07700 900 812",
      ],
    ],
    [
      "a label with an ampersand",
      ["Club Child Wellbeing & Protection Officer: Isla Drummond, 07700 900 813"],
    ],
    ["without 'and'", ["Child Wellbeing Protection Officer (CWPO) – Mrs Morag Lindsay"]],
    ["without 'Child'", ["Our Wellbeing and Protection Officer is Fraser Muir (07700 900 814)."]],
  ] as const) {
    it(`is the named lead (${what})`, () => {
      expect(checkText(leadMissing, page([...who]), { asOf })).toEqual([]);
    });
  }

  it("is still reported when nobody holds it (near miss)", () => {
    const findings = checkText(
      leadMissing,
      page(["Contact our Child Wellbeing and Protection Officer through the club office."]),
      { asOf },
    );
    expect(findings.map((f) => f.message)).toEqual([expect.stringContaining("never says who it is")]);
  });

  it("is not the course of the same name", () => {
    expect(findLeadMentions("Everyone completes Child Wellbeing and Protection Officer training.")).toEqual(
      [],
    );
  });
});

describe("people who support the lead", () => {
  for (const sentence of [
    "The Commodore, Mr Calum Reid, and the Head Coach, Ms Kirsty Dow, support the CWPO but are not safeguarding officers.",
    "Ms Kirsty Dow reports to the CWPO after every session.",
    "Mr Calum Reid, Bosun, and Ms Kirsty Dow, Head Coach, help the CWPO on trips away.",
  ])
    it(`are not the lead: "${sentence}"`, () => {
      const text = page(
        ["Our Child Wellbeing and Protection Officer (CWPO) is Mrs Elsie Baird.", "", sentence],
        [
          "## Training",
          "",
          "Mrs Elsie Baird completed Child Wellbeing and Protection Officer training on 3 March 2026.",
        ],
      );
      expect(checkText(leadMissing, text, { asOf })).toEqual([]);
      expect(checkText(trainingMissing, text, { asOf })).toEqual([]);
      const names = findLeadMentions(text).flatMap((m) => (m.name ? [m.name] : []));
      expect(names).not.toContain("Ms Kirsty Dow");
      expect(names).not.toContain("Mr Calum Reid");
    });

  it("is the lead when tied to the role (near miss)", () => {
    const names = findLeadMentions(
      "Ms Kirsty Dow, Head Coach and CWPO, takes every concern.".replace("CWPO", "Safeguarding Officer"),
    ).map((m) => m.name);
    expect(names).toContain("Ms Kirsty Dow");
  });
});
