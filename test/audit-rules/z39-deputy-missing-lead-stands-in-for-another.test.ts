/**
 * deputy-missing (review 44), in our own words; every name is invented. A school names its Designated Safeguarding
 * Lead and a trust's lead, then says "The Designated Safeguarding Lead also stands in for the Headteacher when she is
 * out of school." The lead standing in for a job that is no lead's role makes her no deputy: the deputy is still
 * missing. Still works: "The Junior Section Welfare Officer … deputises for the Club Welfare Officer" names the
 * deputy, and so does "… covers for her".
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { analyse } from "../../src/audit/rules/helpers.js";
import { markdownDocument, run } from "../fixtures/structure/documents.js";

const school = (sentence: string) =>
  markdownDocument(
    [
      "# Child Protection Policy — Larkhill Primary School",
      "",
      "Approved by governors: 8 September 2026. Next review: September 2027.",
      "",
      "## Roles",
      "",
      "Designated Safeguarding Lead: Mrs Orla Pennick (Assistant Headteacher)",
      "",
      "Trust Safeguarding Lead: Mr Dafydd Inglethorpe",
      "",
      sentence,
      "",
    ].join("\n"),
  );

const club = (sentence: string) =>
  markdownDocument(
    [
      "# Marshgate Netball Club – Safeguarding Policy",
      "",
      "**Club Welfare Officer**",
      "Name: Tamsin Achterberg",
      "",
      "**Junior Section Welfare Officer**",
      "Name: Kwame Osei-Bratt",
      "",
      sentence,
      "",
    ].join("\n"),
  );

const deputies = (document: ReturnType<typeof markdownDocument>) => [
  ...new Set(
    analyse(document)
      .leads.filter((m) => m.role === "deputy" && !m.team)
      .flatMap((m) => m.names ?? []),
  ),
];

describe("deputy-missing: the lead's own role standing in for someone else", () => {
  for (const sentence of [
    "The Designated Safeguarding Lead also stands in for the Headteacher when she is out of school.",
    "The Designated Safeguarding Lead covers for the Business Manager during the summer holiday.",
    "The DSL deputises for the Headteacher at governors' meetings.",
  ])
    it(`still reports the deputy missing: ${sentence}`, () => {
      const document = school(sentence);
      expect(deputies(document)).toEqual([]);
      expect(run(deputyMissing, document).length).toBe(1);
    });

  for (const sentence of [
    "The Junior Section Welfare Officer deputises for the Club Welfare Officer when she is away.",
    "The Junior Section Welfare Officer runs the juniors' evenings, and covers for her when she is on leave.",
  ])
    it(`still names the deputy by the role that deputises for the lead's role: ${sentence}`, () => {
      const document = club(sentence);
      expect(run(deputyMissing, document)).toEqual([]);
      expect(deputies(document)).toEqual(["Kwame Osei-Bratt"]);
    });

  it("a role standing in for a job that is no lead's role is no deputy (near miss)", () => {
    const document = club(
      "The Junior Section Welfare Officer stands in for the Treasurer at committee meetings.",
    );
    expect(deputies(document)).not.toContain("Kwame Osei-Bratt");
  });
});
