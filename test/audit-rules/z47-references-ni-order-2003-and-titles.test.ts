/**
 * From the forty-eighth held-out set (issue 11), in our own words; every name is invented. As of 1 December 2026.
 * - The Protection of Children and Vulnerable Adults (Northern Ireland) Order 2003 is superseded: its lists were
 *   replaced by the barred lists of the Safeguarding Vulnerable Groups (Northern Ireland) Order 2007 (barring
 *   scheme in operation from 12 October 2009). One finding, for the Order.
 * - A term entry inside a title is the title's word, not the policy's: "Vulnerable Adults" in the title of an Act or
 *   Order, or of a publication cited with its year or in quotation marks. The same term in prose is still found, and
 *   so is a heading dated for its own change ("Peer on Peer Abuse (Updated 2022)").
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const policy = (paragraph: string) =>
  [
    "# Carnmoney Lanes Trampoline Park — Safeguarding Children",
    "",
    "Our designated officer is Siobhan Devlin-Greer.",
    "",
    paragraph,
    "",
  ].join("\n");
const check = (paragraph: string) => {
  const text = policy(paragraph);
  const reported = checkText(outdatedReference, text, { asOf });
  return { reported, excerpts: excerpts(reported, text) };
};

describe("the Protection of Children and Vulnerable Adults (Northern Ireland) Order 2003", () => {
  it("is out of date, as one finding for the Order", () => {
    const { reported, excerpts: words } = check(
      "Court marshals have an enhanced AccessNI check, which covers the lists kept under the Protection of Children and Vulnerable Adults (Northern Ireland) Order 2003.",
    );
    expect(words).toEqual(["Protection of Children and Vulnerable Adults (Northern Ireland) Order 2003"]);
    expect(reported[0].message).toContain("Safeguarding Vulnerable Groups (Northern Ireland) Order 2007");
    expect(reported[0].message).toContain("12 October 2009");
  });

  it("is history where the sentence says the barred lists replaced it", () => {
    expect(
      check(
        "The barred lists took the place of the lists kept under the Protection of Children and Vulnerable Adults (NI) Order 2003.",
      ).excerpts,
    ).toEqual([]);
  });
});

describe("a term inside a title", () => {
  it("leaves 'Vulnerable Adults' in the title of an Act or Order alone", () => {
    // History, so the Order is not reported: the title's words are not reported instead.
    expect(
      check(
        "The barred lists replaced the lists under the Protection of Children and Vulnerable Adults (Northern Ireland) Order 2003.",
      ).excerpts,
    ).toEqual([]);
    expect(check("Some duties come from the Lodgings for Vulnerable Adults Act 1998.").excerpts).toEqual([]);
  });

  it("leaves a publication's title cited with its year or in quotation marks alone", () => {
    expect(
      check("We also read Safeguarding Vulnerable Adults: A Shared Duty (2009) for our adult helpers.")
        .excerpts,
    ).toEqual([]);
    expect(check('Staff read "Sexting in Youth Settings" from the local partnership.').excerpts).toEqual([]);
  });

  it("still finds the term in prose and in a heading dated for its own change", () => {
    expect(check("We also protect vulnerable adults who visit the park.").excerpts).toEqual([
      "vulnerable adults",
    ]);
    expect(check("Vulnerable Adults who visit the park are protected too.").excerpts).toEqual([
      "Vulnerable Adults",
    ]);
    expect(check("## Safeguarding Peer on Peer Abuse (Updated 2022)").excerpts).toEqual([
      "Peer on Peer Abuse",
    ]);
  });
});
