/**
 * lead-missing (review 47), in our own words; every name is invented. Two childminders write "Each of us is the
 * designated safeguarding lead for the children on her own register" and list themselves under it with their number,
 * their job, and more about themselves after it: "- Ann Lee – 07700 …, childminder; also a retired police officer",
 * "- Ann Lee – 07700 …, childminder; Larkshire Council approved". A clause naming the writer's own job
 * ("childminder") ends the search for a contact's agency: the police or the council in a later clause are not her
 * employer, and she is no outside contact. Near miss: a line whose job clause is itself an agency's post
 * ("childminder development officer, Larkshire Council") or that names an agency before any job is still a contact's.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { found, run } from "../fixtures/structure/documents.js";
import { eachOfUsPolicy } from "../fixtures/structure/each-of-us.js";

const policy = (under: string[]) =>
  eachOfUsPolicy(under, {
    setting: "Hazelmere Lane Childminders",
    approved: "2 September 2026",
    intro: "We are registered childminders working together from one home.",
  });

describe("lead-missing: a writer's job clause ends the search for a contact's agency", () => {
  for (const under of [
    [
      "- Morwenna Quillfeather – 07700 900 611, childminder; also a retired police officer",
      "- Tamsin Achterfeld – 07700 900 612, childminder",
    ],
    [
      "- Morwenna Quillfeather – 07700 900 611, childminder; Fernshire Council approved",
      "- Tamsin Achterfeld – 07700 900 612, registered childminder; previously a social worker",
    ],
    [
      "- Morwenna Quillfeather – childminder – 07700 900 611 – once worked for the NSPCC helpline",
      "- Tamsin Achterfeld – 07700 900 612 – childminder, early help trained",
    ],
  ])
    it(`reads the two writers as the leads: ${under.join(" / ")}`, () => {
      const md = policy(under);
      expect(run(leadMissing, md)).toEqual([]);
      expect(run(deputyMissing, md)).toEqual([]);
    });

  for (const under of [
    [
      "- Morwenna Quillfeather – 0300 555 0611, childminder development officer, Fernshire Council",
      "- Tamsin Achterfeld – 0300 555 0612, Early Help Hub; childminder support",
    ],
    [
      "- Morwenna Quillfeather – Fernshire Police; childminder liaison – 101",
      "- Tamsin Achterfeld – LADO, Fernshire Council – 0300 555 0612",
    ],
  ])
    it(`still reports the lead unnamed when the lines are contacts (near miss): ${under[0]}`, () => {
      const md = policy(under);
      expect(found(run(leadMissing, md), md).length).toBeGreaterThan(0);
    });
});
