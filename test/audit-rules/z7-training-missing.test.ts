/**
 * training-missing names only the setting's own leads: an officer of a wider body ("the Deanery Safeguarding
 * Officer, Revd Owain Price") and someone the policy says is not a lead ("The trustee for safeguarding is Mrs
 * Nia Lloyd. She is not a designated lead") have no training for this policy to list. From the seventh held-out
 * set (issue 11), in our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(extra: string): string {
  return [
    "# St Brannoc's Parish Choir — Safeguarding Policy",
    "",
    "## Who to contact",
    "",
    "Our Parish Safeguarding Officer is Mrs Delyth Aubrey (01632 960551). If she cannot be reached, contact our Deputy Parish Safeguarding Officer, Mr Rhodri Vance (01632 960552).",
    "",
    extra,
    "",
    "## Training",
    "",
    "- Mrs Delyth Aubrey: Foundation course, February 2025; Leadership course, 3 June 2025",
    "- Mr Rhodri Vance: Foundation course, April 2025",
    "",
  ].join("\n");
}

describe("a safeguarding officer who is not the setting's own", () => {
  it("is not reported when a wider body's officer is named (synod, deanery, circuit)", () => {
    for (const body of ["Synod", "Deanery", "Circuit", "Archdeaconry"]) {
      const text = policy(
        `The ${body} Safeguarding Officer, Revd. Owain Price, advises the parish. He is not our safeguarding officer.`,
      );
      expect(checkText(trainingMissing, text, { asOf }), body).toEqual([]);
    }
  });

  it("is not reported when the policy says the person is not a lead", () => {
    for (const sentence of [
      "The trustee for safeguarding is Mrs Nia Lloyd. She is not a designated lead and does not take referrals.",
      "Mrs Nia Lloyd chairs the choir committee; she is not the designated lead.",
    ]) {
      expect(checkText(trainingMissing, policy(sentence), { asOf }), sentence).toEqual([]);
    }
  });

  it("still reports the setting's own untrained lead", () => {
    const text = policy("").replace(
      "- Mr Rhodri Vance: Foundation course, April 2025\n",
      "- Mr Gethin Marsh: Foundation course, April 2025\n",
    );
    const found = checkText(trainingMissing, text, { asOf });
    expect(found.map((f) => f.message)).toEqual([
      expect.stringMatching(/none for Mr Rhodri Vance \(deputy designated safeguarding lead\)/),
    ]);
  });
});
