/**
 * deputy-missing (held-out set zz143), in our own words; every name is invented. A committee-run playgroup names
 * its Designated Safeguarding Lead, then says "If Tamsin is not available, contact the Chair of the committee, who takes
 * her place as deputy for safeguarding." and names the chair only in a list of the committee ("- Chair: Wilhelmina
 * Oduya-Strand (07700 900 733)"). The job to go to is "the Chair" of the group's own governing body, and a clause
 * saying she takes the lead's place may follow it: the named Chair is the deputy, as "If Tamsin is not available, speak
 * to the Chair." is (z142). Near misses: the Chair of an outside body ("the Chair of the county association") is
 * someone to ask, not the group's deputy; a Chair the policy names nowhere is no deputy.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const layouts = (
  absence: string,
  chair = "Chair: Wilhelmina Oduya-Strand (07700 900 733)",
): SourceDocument[] => {
  const paragraphs = [
    "Our designated safeguarding lead is our Playgroup Leader, Tamsin Hollingworth-Bale, 07700 900 730.",
    absence,
    "The committee this year is:",
  ];
  const committee = [chair, "Treasurer: Desmond Achterberg", "Secretary: Priyamvada Lowe"];
  const training = "Tamsin Hollingworth-Bale completed Designated Safeguarding Lead training in April 2025.";
  return [
    markdownDocument(
      [
        "# Puddleduck Playgroup – Safeguarding Policy",
        "",
        "## 1. Who to talk to",
        "",
        ...paragraphs.flatMap((p) => [p, ""]),
        ...committee.map((c) => `- ${c}`),
        "",
        "## 2. Training",
        "",
        training,
        "",
      ].join("\n"),
    ),
    wordDocument(
      [
        "<h1>Puddleduck Playgroup – Safeguarding Policy</h1>",
        "<h2>1. Who to talk to</h2>",
        ...paragraphs.map((p) => `<p>${p}</p>`),
        `<ul>${committee.map((c) => `<li>${c}</li>`).join("")}</ul>`,
        "<h2>2. Training</h2>",
        `<p>${training}</p>`,
      ].join("\n"),
    ),
    pdfDocument(
      [
        "Puddleduck Playgroup – Safeguarding Policy",
        "1. Who to talk to",
        ...paragraphs,
        ...committee.map((c) => `• ${c}`),
        "2. Training",
        training,
      ].join("\n"),
    ),
  ];
};

describe("deputy-missing: 'contact the Chair of the committee, who takes her place' with the Chair in a list", () => {
  for (const absence of [
    "If Tamsin is not available, contact the Chair of the committee, who takes her place as deputy for safeguarding.",
    "If Tamsin is not available, contact the Chair of the management committee, who takes her place.",
    "If Tamsin is not available, contact the Chair of the committee.",
    "If the DSL is not available, speak to the Chair of the trustees, who will take her place as deputy.",
  ])
    it(`takes the named Chair for the deputy: ${absence}`, () => {
      for (const document of layouts(absence))
        expect(run(deputyMissing, document), document.format).toEqual([]);
    });

  it("still reports no deputy for the Chair of an outside body", () => {
    for (const document of layouts(
      "If Tamsin is not available, contact the Chair of the county association, who takes her place as deputy for safeguarding.",
    ))
      expect(run(deputyMissing, document), document.format).toHaveLength(1);
  });

  it("still reports no deputy when nobody is named as Chair", () => {
    for (const document of layouts(
      "If Tamsin is not available, contact the Chair of the committee, who takes her place as deputy for safeguarding.",
      "Vice-chair: Wilhelmina Oduya-Strand (07700 900 733)",
    ))
      expect(run(deputyMissing, document), document.format).toHaveLength(1);
  });
});
