/**
 * A wider body's safeguarding officer whom the policy says is not part of the setting and does not take its concerns,
 * in our own words; every name is invented. The University's, the Trust's, the Diocese's officer "advises the
 * programme … She is not part of the programme team and does not take the programme's referrals": a contact, not the
 * setting's lead (and so no training-missing for them). A wider body's officer who is the setting's lead ("The
 * Trust's Designated Safeguarding Lead for the club is …") stays the lead.
 */
import { describe, expect, it } from "vitest";
import { leadNamesOf } from "../helpers/audit-context.js";

const policy = (paragraph: string) =>
  [
    "# Wrenfield Residential Summer School: Safeguarding Policy",
    "",
    "The programme's Designated Safeguarding Lead is Dr Ottoline Brack, Programme Director (01632 960881).",
    "",
    paragraph,
    "",
  ].join("\n");

describe("a wider body's officer who does not take the setting's concerns", () => {
  it("is not the setting's lead", () => {
    for (const paragraph of [
      "The University's Safeguarding Officer in Student Services, Ms Hedda Lindqvist, advises the programme on University procedures and is the person to contact if a concern involves the DSL. She is not part of the programme team and does not take the programme's referrals.",
      "The Trust's Safeguarding Lead, Mr Caspar Oduya, advises our staff on Trust procedures; he is not part of the club's team and does not take referrals from the club.",
      "The Diocese's Safeguarding Officer, Mrs Juno Halloran, who does not receive the parish's concerns directly, checks our arrangements each year.",
    ]) {
      expect(leadNamesOf(policy(paragraph), "dsl"), paragraph).toEqual(["Dr Ottoline Brack"]);
    }
  });

  it("stays the lead when the policy does not say so", () => {
    for (const [paragraph, name] of [
      [
        "The Trust's Designated Safeguarding Lead for the holiday club is Ms Farah Oyelaran, Head of Children's Services, who takes every referral.",
        "Ms Farah Oyelaran",
      ],
      [
        "The University's Safeguarding Officer, Ms Hedda Lindqvist, advises the programme and takes referrals when the DSL is away.",
        "Ms Hedda Lindqvist",
      ],
    ]) {
      expect(leadNamesOf(policy(paragraph), "dsl"), paragraph).toContain(name);
    }
  });
});
