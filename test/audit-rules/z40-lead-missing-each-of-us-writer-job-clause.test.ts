/**
 * lead-missing (review 45), in our own words; every name is invented. Two childminders write "Each of us is the
 * designated safeguarding lead for the children on her own register" and list themselves just under it with a job
 * and more about themselves after it ("- Ann Lee – childminder, registered with the local authority – 07700 …",
 * "- Ann Lee – childminder (also runs the Meadow Hub toddler group) – 07700 …"). The words "local authority" or
 * "hub" later on the line do not make them contacts: only the role that comes straight after the name (its first
 * clause) says whether the line is a contact's ("- Ann Lee, Local Authority Designated Officer (LADO) – 0300 …").
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { found, run } from "../fixtures/structure/documents.js";
import { eachOfUsPolicy } from "../fixtures/structure/each-of-us.js";

const policy = (under: string[]) =>
  eachOfUsPolicy(under, { setting: "Larkspur Row Childminders", approved: "1 September 2026" });

describe("lead-missing: the writers under 'each of us is the designated safeguarding lead', more said of them", () => {
  for (const under of [
    [
      "- Odile Fairbrass – childminder, registered with the local authority – 07700 900 301",
      "- Kerensa Tolhurst-Vane – childminder, registered with the local authority – 07700 900 302",
    ],
    [
      "- Odile Fairbrass – childminder (also runs the Meadow Hub toddler group) – 07700 900 301",
      "- Kerensa Tolhurst-Vane – childminder – 07700 900 302",
    ],
    [
      "- Odile Fairbrass, registered childminder – 07700 900 301 – previously a police constable",
      "- Kerensa Tolhurst-Vane, registered childminder – 07700 900 302",
    ],
    [
      "- Odile Fairbrass – 07700 900 301 – registered with the council since 2015",
      "- Kerensa Tolhurst-Vane – 07700 900 302",
    ],
  ])
    it(`reads the two writers as the leads: ${under[0]}`, () => {
      const md = policy(under);
      expect(run(leadMissing, md)).toEqual([]);
      expect(run(deputyMissing, md)).toEqual([]);
    });

  for (const under of [
    [
      "- Odile Fairbrass – Local Authority Designated Officer (LADO), Larkshire Council – 0300 555 0201",
      "- Kerensa Tolhurst-Vane – Early Help Hub – 0300 555 0202",
    ],
    [
      "- Odile Fairbrass – the LADO for Larkshire – 0300 555 0201",
      "- Kerensa Tolhurst-Vane – Larkshire Police, Child Abuse Investigation Team – 101",
    ],
    [
      "- Odile Fairbrass – 0300 555 0201 – Local Authority Designated Officer",
      "- Kerensa Tolhurst-Vane – 0300 555 0202 – Early Help Hub",
    ],
  ])
    it(`still reports the lead unnamed when the lines are contacts: ${under[0]}`, () => {
      const md = policy(under);
      expect(found(run(leadMissing, md), md).length).toBeGreaterThan(0);
    });
});
