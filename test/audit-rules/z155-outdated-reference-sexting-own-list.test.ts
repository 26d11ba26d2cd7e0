/**
 * outdated-reference, the term "sexting" (held-out set zz151, a girls' football club), in our own words; every name is
 * invented. As of 1 December 2026.
 *
 * Pattern: the old term as the policy's own word beside the current one — an item of its own list or one side of an
 * "or" pair: "Sexting, sharing nudes or semi-nudes, or pressure to send them, is reported …", "any sexting or sharing
 * of nudes". The policy still uses the old term as its own, so it is reported — the current term nearby ("nudes") no
 * longer keeps it quiet on its own.
 *
 * Stays as it is: the old term given as another's word beside the current one — "sharing nudes and semi-nudes
 * (sometimes called 'sexting')", "previously known as sexting", "what young people may call sexting", "older guidance
 * called the sharing of nude or semi-nude images "sexting"" — is an alias or history, and stays quiet.
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const found = (line: string) => {
  const text = `# Fenwick Park Girls FC – Safeguarding Policy\n\nClub Welfare Officer: Mrs Ailsa Drummond (07700 900641)\n\n## Online safety\n\n${line}\n`;
  return excerpts(checkText(outdatedReference, text, { asOf }), text).map((e) => e.toLowerCase());
};

describe("the old term in the policy's own list or 'or' pair beside the current one", () => {
  for (const line of [
    "- Sexting, sharing nudes or semi-nudes, or pressure to send them, is reported to the Club Welfare Officer at once.",
    "Any sexting or sharing of nudes between players is reported to the Club Welfare Officer the same day.",
    "Coaches watch for online grooming, sexting, sharing nudes and semi-nudes, and cyberbullying.",
    "Sharing nudes or semi-nudes, or sexting, is always treated as a safeguarding concern.",
    "We treat sexting and the sharing of nudes as a safeguarding matter, never as a discipline one.",
  ])
    it(`is reported: ${line}`, () => {
      expect(found(line)).toEqual(["sexting"]);
    });
});

describe("stays as it is: the old term as another's word", () => {
  for (const line of [
    "Sharing nudes and semi-nudes (sometimes called 'sexting') is reported to the Club Welfare Officer.",
    "Sharing nudes and semi-nudes, previously known as sexting, is reported to the Club Welfare Officer.",
    "Sharing nudes and semi-nudes – what young people may call sexting – is reported to the Club Welfare Officer.",
    'Older guidance called the sharing of nude or semi-nude images "sexting"; we call it sharing nudes and semi-nudes.',
    "Sharing nudes and semi-nudes (still called sexting in some older leaflets) is reported at once.",
  ])
    it(`is quiet: ${line}`, () => {
      expect(found(line)).toEqual([]);
    });

  it("the old term alone, or quoted as the policy's own name, is still reported", () => {
    expect(found("Players must not take part in sexting on club trips.")).toEqual(["sexting"]);
    expect(found('We call it "sexting" when a player shares nudes or semi-nudes.')).toEqual(["sexting"]);
  });
});
