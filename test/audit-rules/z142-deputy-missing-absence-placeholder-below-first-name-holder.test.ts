/**
 * deputy-missing (review of the forty-second session), in our own words; every name is invented. The lead out of
 * reach, the one to contact named after: where the policy says anywhere — above the absence line or below it — that
 * its deputy is still to be named ("**Deputy Welfare Officer:** TBC"), the one to contact is cover, not the deputy,
 * and the blank deputy is reported. A first name alone ("call Noor on …") is the person the policy names in full
 * only where that full name is written as one who holds a post — a label line, a table row, a contacts list, beside a
 * role or a job — never a child in a case study ("Noor Haddad, aged 9, seemed withdrawn").
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { findLeadMentions } from "../../src/audit/text/leads.js";
import { markdownDocument, run } from "../fixtures/structure/documents.js";

const club = (...middle: string[]): string =>
  [
    "# Hollowbrook Netball Club Safeguarding Policy",
    "",
    "Adopted by the committee on 4 February 2026. This policy is reviewed every year.",
    "",
    "## Welfare Officer",
    "",
    "**Club Welfare Officer:** Dorian Weekes (07700 900411)",
    "",
    ...middle,
    "",
    "## Training",
    "",
    "Dorian Weekes completed the Welfare Officer course in April 2025.",
    "",
  ].join("\n");

describe("deputy-missing: a deputy still to be named, written below the absence line", () => {
  const text = club(
    "If Dorian cannot be reached, contact the Club Secretary, Mrs Lena Frobisher (07700 900412).",
    "",
    "**Deputy Welfare Officer:** TBC – the committee will choose one in the spring.",
  );

  it("reports the blank deputy and takes the Secretary for cover, not the deputy", () => {
    const found = run(deputyMissing, markdownDocument(text));
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain("TBC");
    expect(run(trainingMissing, markdownDocument(text))).toEqual([]);
    const deputies = findLeadMentions(text).filter((m) => m.role === "deputy" && m.name);
    expect(deputies.map((m) => m.name)).not.toContain("Lena Frobisher");
  });

  it("stays quiet with a named deputy: the Secretary is the deputy", () => {
    const named = club(
      "If Dorian cannot be reached, contact the Club Secretary, Mrs Lena Frobisher (07700 900412).",
    );
    expect(run(deputyMissing, markdownDocument(named))).toEqual([]);
  });
});

describe("deputy-missing: a first name alone, the full name only where it holds a post", () => {
  const CALL = "If you cannot reach Dorian, call Noor on 07700 900413.";

  it("does not take a child in a case study for the deputy", () => {
    const text = club(
      CALL,
      "",
      "## Example",
      "",
      "A coach noticed that Noor Haddad, aged 9, seemed withdrawn. The coach told the Welfare Officer.",
    );
    expect(run(trainingMissing, markdownDocument(text))).toEqual([]);
    expect(run(deputyMissing, markdownDocument(text))).toHaveLength(1);
    const deputies = findLeadMentions(text).filter((m) => m.role === "deputy");
    expect(deputies.map((m) => m.name)).not.toContain("Noor Haddad");
  });

  for (const [where, line] of [
    ["a label line", "**Assistant Welfare Officer:** Noor Haddad"],
    ["a table row", "| Team Manager | Noor Haddad | 07700 900413 |"],
    ["a contacts list", "- Noor Haddad – 07700 900413"],
    ["beside a job", "Our fixtures are run by Noor Haddad, Fixtures Secretary."],
  ])
    it(`takes the full name written in ${where}`, () => {
      const text = club(CALL, "", "## Contacts", "", line);
      const deputies = findLeadMentions(text).filter((m) => m.role === "deputy");
      expect(deputies.map((m) => m.name)).toContain("Noor Haddad");
      expect(run(deputyMissing, markdownDocument(text))).toEqual([]);
    });
});
