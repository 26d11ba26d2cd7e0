/**
 * deputy-missing (held-out zz168, zz169), in our own words; every name is invented. As of 1 December 2026.
 * A deputy described by what they do, not called "deputy":
 * - a first name alone covering for the lead, the full name given elsewhere in the policy ("- **Welfare Officer
 *   (Masters squad):** Mr Tobias⏎  Featherstone-Ng" … "Rosalind is the club's lead for safeguarding. Tobias covers
 *   for her when she is away …");
 * - a name, then ", who covers for <the lead's first name> whenever she is away" ("Ring Kiran Oduya-Fenwick, who
 *   covers for Marigold whenever she is away");
 * - a person who "is the Safeguarding Lead's deputy": a deputy, not a second lead.
 * Each now names a deputy: no deputy-missing warning.
 * Stays as it is: "covers the Saturday sessions" (no person covered for) is no deputy; a first name covering for
 * someone who is not the lead ("covers for the treasurer"); a first name the policy never names in full; "… deals
 * with concerns" said of the Chair only as a negation. A takeover by a role alone ("When she is away the Vicar takes
 * any concern in her place") is left for later (it.todo).
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { markdownDocument, run } from "../fixtures/structure/documents.js";

const warned = (document: SourceDocument) => run(deputyMissing, document).length > 0;

const club = (lines: readonly string[]) =>
  markdownDocument(
    [
      "# Kestrel Swimming Club — Safeguarding Policy",
      "",
      "Reviewed: September 2026. Next review: September 2027.",
      "",
      "## Who to tell",
      "",
      ...lines,
      "",
    ].join("\n"),
  );

const COMMITTEE = [
  "- **Chair:** Gareth Pennywhistle",
  "- **Welfare Officer:** Mrs Rosalind Achebe-Thorne — 07700 900311",
  "- **Welfare Officer (Masters squad):** Mr Tobias",
  "  Featherstone-Ng — 07700 900312",
  "- **Head Coach:** Lewis Carrow",
  "",
];

describe("a deputy described by what they do", () => {
  for (const sentence of [
    "Rosalind is the club's lead for safeguarding. Tobias covers for her when she is away and is the first contact for masters swimmers.",
    "Rosalind is the club's lead for safeguarding. Tobias stands in for her whenever she is away.",
    "Rosalind is the club's lead for safeguarding.\nTobias deputises for her when she is on holiday.",
  ])
    it(`a first name named in full elsewhere: ${sentence}`, () => {
      expect(warned(club([...COMMITTEE, sentence]))).toBe(false);
    });

  for (const lines of [
    [
      "Our Welfare Officer is Mrs Marigold Penhaligon (07700 900411).",
      "",
      "### What if Marigold isn't available?",
      "",
      "Ring Kiran Oduya-Fenwick, who covers for Marigold whenever she is away and has the same training.",
    ],
    [
      "Our Welfare Officer is Mrs Marigold Penhaligon (07700 900411).",
      "",
      "If you cannot reach her, ring Kiran Oduya-Fenwick, who stands in for her when she is away.",
    ],
  ])
    it(`a name, then who covers for the lead: ${lines.at(-1)}`, () => {
      expect(warned(club(lines))).toBe(false);
    });

  for (const sentence of [
    "Oliver Danebury is the Safeguarding Lead's deputy and takes concerns when Marion is away (07700 900512).",
    "Mr Oliver Danebury is the Safeguarding Lead’s deputy.",
  ])
    it(`the lead's deputy, not a second lead: ${sentence}`, () => {
      expect(warned(club(["Our Safeguarding Lead is Mrs Marion Tullis (07700 900511).", "", sentence]))).toBe(
        false,
      );
    });

  it.todo(
    'a takeover by a role one person holds: "When she is away the Vicar takes any concern in her place" (the corpus labels must be checked for role-only takeovers first)',
  );
});

describe("stays as it is", () => {
  for (const sentence of [
    "Rosalind is the club's lead for safeguarding. Tobias covers the Saturday sessions.",
    "Rosalind is the club's lead for safeguarding. Tobias covers for the treasurer when he is away.",
    "Rosalind is the club's lead for safeguarding. Neither the Chair nor the Head Coach deals with concerns.",
  ])
    it(`no deputy: ${sentence}`, () => {
      expect(warned(club([...COMMITTEE, sentence]))).toBe(true);
    });

  it("a first name the policy never names in full", () => {
    expect(
      warned(
        club([
          "- **Welfare Officer:** Mrs Rosalind Achebe-Thorne — 07700 900311",
          "",
          "Rosalind is the club's lead for safeguarding. Tobias covers for her when she is away.",
        ]),
      ),
    ).toBe(true);
  });

  it("a name who covers for someone who is not the lead", () => {
    expect(
      warned(
        club([
          "Our Welfare Officer is Mrs Marigold Penhaligon (07700 900411).",
          "",
          "Ring Kiran Oduya-Fenwick, who covers for the Treasurer whenever he is away.",
        ]),
      ),
    ).toBe(true);
  });

  it("the lead's deputy to be appointed: still no deputy", () => {
    expect(
      warned(
        club([
          "Our Safeguarding Lead is Mrs Marion Tullis (07700 900511).",
          "",
          "The Safeguarding Lead's deputy is to be appointed.",
        ]),
      ),
    ).toBe(true);
  });
});
