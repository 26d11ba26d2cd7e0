/**
 * lead-missing (review 46), in our own words; every name is invented. Under "Each of us is the designated
 * safeguarding lead for the children on her own register", a contact's line may open with a job title and give the
 * agency after it ("- Ann Lee – Duty Manager, Larkshire Children's Services – 0300 …"). The agency makes the line a
 * contact's wherever it stands on the line, not only in the clause straight after the name: such a line under the two
 * writers is no third writer, and two such lines are not the writers. Still works: words about the writer before the
 * agency ("registered with the local authority", "also runs the Meadow Hub toddler group", "previously a police
 * constable") keep the line a writer's.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { found, run } from "../fixtures/structure/documents.js";
import { eachOfUsPolicy } from "../fixtures/structure/each-of-us.js";

const policy = (under: string[]) =>
  eachOfUsPolicy(under, { setting: "Copperbeech Childminders", approved: "3 September 2026" });

describe("lead-missing: a contact's agency after a job title under 'each of us is the designated safeguarding lead'", () => {
  for (const under of [
    [
      "- Wenna Polglase – childminder – 07700 900 411",
      "- Ottilie Brackwater – childminder – 07700 900 412",
      "- Saoirse Mulcahy – Duty Manager, Fernshire Children's Services – 0300 555 0311",
    ],
    [
      "- Wenna Polglase – childminder – 07700 900 411",
      "- Ottilie Brackwater – childminder – 07700 900 412",
      "- Saoirse Mulcahy – Team Leader – Fernshire Early Help Hub – 0300 555 0312",
    ],
    // Still works (review 45): more said of the writers after their job.
    [
      "- Wenna Polglase – childminder, registered with the local authority – 07700 900 411",
      "- Ottilie Brackwater – childminder (also runs the Meadow Hub toddler group) – 07700 900 412",
      "- Saoirse Mulcahy – Duty Manager, Fernshire Children's Services – 0300 555 0311",
    ],
    [
      "- Wenna Polglase, registered childminder – 07700 900 411 – previously a police constable",
      "- Ottilie Brackwater – 07700 900 412 – registered with the council since 2015",
    ],
  ])
    it(`reads the two writers as the leads, the contact under them none: ${under.at(-1)}`, () => {
      const md = policy(under);
      expect(run(leadMissing, md)).toEqual([]);
      expect(run(deputyMissing, md)).toEqual([]);
    });

  for (const under of [
    [
      "- Wenna Polglase – Senior Practitioner, Fernshire Children's Services – 0300 555 0311",
      "- Ottilie Brackwater – Team Manager, Fernshire Early Help Hub – 0300 555 0312",
    ],
    [
      "- Wenna Polglase – Designated Officer; Fernshire Council – 0300 555 0311",
      "- Ottilie Brackwater – Sergeant – Fernshire Police – 101",
    ],
  ])
    it(`still reports the lead unnamed when the lines are contacts: ${under[0]}`, () => {
      const md = policy(under);
      expect(found(run(leadMissing, md), md).length).toBeGreaterThan(0);
    });
});
