/**
 * training-missing (held-out review, fiftieth session), in our own words; every name is invented. As of 1 December
 * 2026.
 * A youth theatre names its lead only in the signature and the page footer, and its training list says what the role
 * did: "- The DSL renewed her Designated Safeguarding Lead course on 29 September 2025." A record whose subject is a
 * lead's role alone ("The DSL", "Our Welfare Officer", "The designated lead", "The deputy") is the record of the one
 * person the policy names for that role, wherever it names them: no training-missing error for her.
 * Stays as it is: with two holders of the role, "The DSL renewed …" names neither (each still has no training); a
 * role named and nobody holding it gives nobody; a licence or DBS renewal by the role is no safeguarding record.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { markdownDocument, run } from "../fixtures/structure/documents.js";

const policy = (entry: string, signature = "Ms Petra Lindqvist-Oyo"): SourceDocument =>
  markdownDocument(
    [
      "# Lamplight Youth Theatre — Safeguarding Policy",
      "",
      "## Who to contact",
      "",
      "Concerns go to our Designated Safeguarding Lead, whose name and number are at the foot of",
      "every page, or to the Deputy Designated Safeguarding Lead, Mr Rhodri Asante-Vale",
      "(07700 900841).",
      "",
      "## Training",
      "",
      "- Rhodri Asante-Vale refreshed his Designated Safeguarding Lead training on 10 February 2026.",
      "- Chaperone Colm Needham completed Level 2 safeguarding on 15 October 2025.",
      `- ${entry}`,
      "",
      "Signed:",
      "",
      signature,
      "Artistic Director and Designated Safeguarding Lead",
      "",
      "<!-- footer -->",
      `Designated Safeguarding Lead: ${signature.split("\n")[0]} · 07700 900840`,
      "",
    ].join("\n"),
  );

const missing = (document: SourceDocument, who: string) =>
  run(trainingMissing, document)
    .map((f) => f.message)
    .filter((m) => m.includes(who));

describe("a record whose subject is the lead's role alone", () => {
  for (const entry of [
    "The DSL renewed her Designated Safeguarding Lead course on 29 September 2025.",
    "The designated safeguarding lead completed the Level 3 DSL course on 4 March 2025.",
    "Our Designated Safeguarding Lead attended the partnership's lead course on 12 May 2025.",
    "The DSL has completed the Designated Safeguarding Lead refresher on 9 June 2025.",
  ])
    it(`is the record of the lead named in the signature: ${entry}`, () => {
      expect(missing(policy(entry), "Lindqvist-Oyo")).toEqual([]);
    });
});

describe("stays as it is", () => {
  it("with no sole holder, the role's record names nobody", () => {
    const document = markdownDocument(
      [
        "# Lamplight Youth Theatre — Safeguarding Policy",
        "",
        "Designated Safeguarding Leads: Ms Petra Lindqvist-Oyo and Mr Tobias Harrow-Bell",
        "",
        "Deputy Designated Safeguarding Lead: Mr Rhodri Asante-Vale",
        "",
        "## Training",
        "",
        "- Rhodri Asante-Vale refreshed his Designated Safeguarding Lead training on 10 February 2026.",
        "- The DSL renewed her Designated Safeguarding Lead course on 29 September 2025.",
        "",
      ].join("\n"),
    );
    expect(missing(document, "Lindqvist-Oyo")).toHaveLength(1);
    expect(missing(document, "Harrow-Bell")).toHaveLength(1);
  });

  for (const entry of [
    "The DSL renewed her chaperone licence on 29 September 2025.",
    "The DSL renewed her enhanced DBS check on 29 September 2025.",
  ])
    it(`a renewal that is no safeguarding course: ${entry}`, () => {
      expect(missing(policy(entry), "Lindqvist-Oyo")).toHaveLength(1);
    });
});

describe("not yet (training-stale)", () => {
  // "- Chaperone Margery Oduya-Wren updated her Level 2 safeguarding in March 2023, and renewed her chaperone licence in
  // April 2025." in a list beside other chaperones' entries: lapsed at 36 months, but missed. The line reader gives
  // the list entry, a job word then a name then the verb, no person, and training-stale groups every record with no
  // person as one, so another entry's later course hides the lapse. Needs the line reader to take "Job Name verb …"
  // as the entry's person (held-out zz169 youth theatre).
  it.todo("a chaperone's list entry, job word then name then verb, is her own lapsed record");
});
