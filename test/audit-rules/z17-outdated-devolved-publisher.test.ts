/**
 * From the eighteenth held-out set (issue 11), in our own words; every name is invented. As of 1 December 2026.
 * - A devolved government's guidance cited with its publisher between title and year, as "(DfE, 2019)" already
 *   was: "National Guidance for Child Protection in Scotland (Scottish Government, 2014)" is the superseded 2014
 *   edition (the 2021 guidance, updated 2023, is in force); "Co-operating to Safeguard Children (Northern Ireland
 *   Executive, 2003)" likewise.
 * - Near misses: the edition in force with its publisher, and the Scottish Government named for something else.
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(line: string): string {
  return [
    "# Strathallan Youth Theatre — Child Protection Policy",
    "",
    "## 1. What we follow",
    "",
    "We follow our local child protection committee's procedures and:",
    "",
    `- ${line}`,
    "",
  ].join("\n");
}

const excerpts = (text: string) => checkText(outdatedReference, text, { asOf }).map((f) => f.excerpt);

describe("outdated-reference: guidance with a devolved government as its publisher", () => {
  it("finds the old edition with the publisher before its year", () => {
    const scotland = checkText(
      outdatedReference,
      policy("National Guidance for Child Protection in Scotland (Scottish Government, 2014)"),
      { asOf },
    );
    expect(scotland.map((f) => f.excerpt)).toEqual([
      "National Guidance for Child Protection in Scotland (Scottish Government, 2014)",
    ]);
    expect(scotland[0].message).toMatch(/the 2014 edition was replaced.*the 2021 edition is in force/);
    expect(
      excerpts(
        policy("the National Guidance for Child Protection in Scotland (Scottish Executive, May 2014)"),
      ),
    ).toHaveLength(1);
    expect(
      excerpts(
        policy("Co-operating to Safeguard Children (Northern Ireland Executive, 2003) for our NI trips"),
      ),
    ).toHaveLength(1);
  });

  it("leaves the edition in force, and the government named for something else, alone", () => {
    expect(
      excerpts(
        policy(
          "National Guidance for Child Protection in Scotland (Scottish Government, 2021, updated 2023)",
        ),
      ),
    ).toEqual([]);
    expect(
      excerpts(
        policy("National Guidance for Child Protection in Scotland; the Scottish Government, 2014 figures"),
      ),
    ).toEqual([]);
  });
});
