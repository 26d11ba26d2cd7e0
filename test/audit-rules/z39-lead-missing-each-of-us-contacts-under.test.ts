/**
 * lead-missing (review 44), in our own words; every name is invented. Two childminders write "Each of us is the
 * designated safeguarding lead for the children on her own register" and give their names elsewhere; the lines
 * under the sentence are contacts ("- Ann Lee, Local Authority Designated Officer (LADO) – 0300 …", "- Tom Ure,
 * Early Help Hub – 0300 …"). Those are not the two who write "us": the lead is still not named. Still works: the two
 * writers on the lines under it, with their numbers or a job like "childminder", are the leads; a contact line after
 * them is no third writer.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { found, run } from "../fixtures/structure/documents.js";
import { eachOfUsPolicy } from "../fixtures/structure/each-of-us.js";

const EACH =
  "Each of us is the designated safeguarding lead for the children on her own register; our names and numbers are on the parents' noticeboard.";

const policy = (under: string[]) =>
  eachOfUsPolicy(under, { setting: "Thimble Lane Childminders", approved: "2 September 2026", each: EACH });

describe("lead-missing: contacts listed under 'each of us is the designated safeguarding lead'", () => {
  for (const under of [
    [
      "- Priya Castellane, Local Authority Designated Officer (LADO) – 0300 555 0101",
      "- Gregor Whitlam, Early Help Hub – 0300 555 0102",
    ],
    [
      "- Priya Castellane – Children's Social Care front door: 0300 555 0101",
      "- Gregor Whitlam – Police Child Abuse Team: 101",
    ],
    [
      "- Priya Castellane: NSPCC helpline adviser, 0808 800 5000",
      "- Gregor Whitlam: Designated Officer, 0300 555 0102",
    ],
  ])
    it(`still reports the lead unnamed: ${under[0]}`, () => {
      const md = policy(under);
      expect(found(run(leadMissing, md), md).length).toBeGreaterThan(0);
    });

  for (const under of [
    ["- Marisol Dunkerley – 07700 900 201", "- Bethan Okonjo-Price – 07700 900 202"],
    [
      "- Marisol Dunkerley, childminder – 07700 900 201",
      "- Bethan Okonjo-Price, childminder – 07700 900 202",
    ],
    [
      "- Marisol Dunkerley – 07700 900 201",
      "- Bethan Okonjo-Price – 07700 900 202",
      "- Priya Castellane, Local Authority Designated Officer (LADO) – 0300 555 0101",
    ],
  ])
    it(`still reads the two writers under it as the leads: ${under.at(-1)}`, () => {
      const md = policy(under);
      expect(run(leadMissing, md)).toEqual([]);
      expect(run(deputyMissing, md)).toEqual([]);
    });
});
