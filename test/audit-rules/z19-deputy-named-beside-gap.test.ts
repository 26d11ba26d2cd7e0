/**
 * A reviewer's probe (issue 11, review of 5c9055c), in our own words; every name is invented. As of 1 December 2026.
 * One setting names its lead, its deputy and a second deputy's blank on one line ("Designated Safeguarding Lead:
 * Mrs A; Deputy DSL: Mr B; Second Deputy DSL: TBC") and names the lead and deputy together again further on. That
 * line's site has a deputy: the blank is a second one (placeholder-text reports the "TBC"), not a site without one.
 * Near misses: several sites on one hard-wrapped reading line, the last one's deputy "TBC" after another site's
 * named deputy, is still a site without one; a capitalised "Deputy Lord Mayor" or "Deputy Sister" is a job title,
 * not the word "deputy" before a person's title, while "deputy Father Tom Hale" still names a deputy.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { checkText, excerpts, namesFor } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const doc = (lines: string[]) =>
  ["# Larkspur Youth Club – Safeguarding Policy", "", "## Who to tell", "", ...lines, ""].join("\n");

describe("deputy-missing: a deputy named on the blank's own line", () => {
  for (const format of ["md", "docx"] as const)
    it(`a second deputy's 'TBC' after the named deputy on the lead's line is no site without one (${format})`, () => {
      const text = doc([
        "Designated Safeguarding Lead: Ms Wren Addo; Deputy DSL: Mr Casey Bright; Second Deputy DSL: TBC",
        "",
        "Anyone worried about a young person tells the DSL the same day.",
        "",
        "## Out of hours",
        "",
        "- Out of hours: DSL Ms Wren Addo, deputy Mr Casey Bright (01632 960 220)",
      ]);
      expect(checkText(deputyMissing, text, { asOf, format })).toEqual([]);
    });

  for (const format of ["md", "docx"] as const)
    it(`a third deputy's blank after two named deputies on the lead's line (${format})`, () => {
      const text = doc([
        "**Main hall:** DSL Mrs Jo Pell; deputies Mr Ali Shaw and Ms Di Fenn; further deputy: (name)",
        "**Annexe:** DSL Mr Roy Tate; deputy Miss Amy Cole",
      ]);
      expect(checkText(deputyMissing, text, { asOf, format })).toEqual([]);
    });

  it("a site whose 'TBC' follows another site's named deputy on one reading line is still reported (near miss)", () => {
    const text = doc([
      "**Elm Road:** DSL Ms Ida Crane; deputy Mr Lev Moss. **Mill Lane:** DSL Mr Joe Pike; Deputy DSL: TBC",
      "",
      "**Quay Road:** DSL Mrs Nell Ashe; deputy Ms Uma Reid",
    ]);
    const found = checkText(deputyMissing, text, { asOf, format: "md" });
    expect(found).toHaveLength(1);
    expect(excerpts(found, text)[0]).toMatch(/^\*\*Mill Lane:\*\* DSL Mr Joe Pike.*TBC$/);
  });
});

describe("deputy-missing: 'Deputy' before an office that is also a title", () => {
  for (const words of [
    "The Deputy Lord Mayor opened our new building in May 2026.",
    "Deputy Sister Kay Rowe from the children's ward visits each term.",
    "The Deputy Lady Mayoress presented the awards.",
  ])
    it(`'${words.split(" ").slice(0, 4).join(" ")}' is a job title, not a deputy lead`, () => {
      const text = doc(["Designated Safeguarding Lead: Mrs Petra Vance", "", words]);
      expect(namesFor(text, "md", "deputy")).toEqual([]);
      expect(checkText(deputyMissing, text, { asOf, format: "md" })).toHaveLength(1);
    });

  it("the word 'deputy' before 'Father' and a name still names the deputy (near miss)", () => {
    const text = doc(["Parish Safeguarding Officer: Mrs Ann Bligh; deputy Father Tom Hale, 01632 960 230"]);
    expect(namesFor(text, "md", "deputy")).toEqual(["Father Tom Hale"]);
    expect(checkText(deputyMissing, text, { asOf, format: "md" })).toEqual([]);
  });
});
