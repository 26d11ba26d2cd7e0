/**
 * From the forty-sixth held-out set (issue 11), in our own words; every name is invented. As of 1 December 2026.
 * Northern Ireland's Area Child Protection Committees' Regional Policy and Procedures (April 2005) were replaced by
 * the SBNI's Regional Core Child Protection Policies and Procedures (launched 28 November 2017, in use from
 * 15 December 2017). The procedures are one reference: one finding that quotes their title, not a finding for the
 * committees' name inside it. The committees named alone are still the committees; the SBNI's core procedures are
 * current.
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const policy = (paragraph: string) =>
  [
    "# Glenariff Road Community Summer Scheme — Safeguarding Children",
    "",
    "We are based in Northern Ireland and report concerns to the HSC Trust's Gateway team or the PSNI.",
    "",
    paragraph,
    "",
  ].join("\n");
const check = (paragraph: string) => {
  const text = policy(paragraph);
  const reported = checkText(outdatedReference, text, { asOf });
  return { reported, excerpts: excerpts(reported, text) };
};

describe("the ACPC Regional Policy and Procedures (Northern Ireland, 2005)", () => {
  it("is one finding that quotes the procedures' title", () => {
    const { reported, excerpts: words } = check(
      "Leaders follow the Area Child Protection Committees' Regional Policy and Procedures (2005) and our own code.",
    );
    expect(words).toEqual(["Area Child Protection Committees' Regional Policy and Procedures (2005)"]);
    expect(reported[0].message).toContain("Regional Core Child Protection Policies and Procedures");
  });

  it("reads the title wrapped over two lines, with a Markdown-escaped apostrophe", () => {
    const { excerpts: words } = check(
      "Leaders follow the Area Child\nProtection Committees\\' Regional Policy and Procedures (2005).",
    );
    expect(words).toHaveLength(1);
    expect(words[0].replace(/\s+/g, " ")).toContain("Regional Policy and Procedures (2005)");
  });

  it("finds the title by its initials or its year", () => {
    expect(check("See the ACPC Regional Child Protection Policy and Procedures.").excerpts).toEqual([
      "ACPC Regional Child Protection Policy and Procedures",
    ]);
    expect(check("See the Regional Policy and Procedures (ACPC, 2005).").excerpts).toEqual([
      "Regional Policy and Procedures (ACPC, 2005)",
    ]);
  });

  it("leaves the SBNI's core procedures and other regional procedures alone", () => {
    expect(
      check("We follow the SBNI Regional Core Child Protection Policies and Procedures (2017).").excerpts,
    ).toEqual([]);
    expect(
      check("The trust has a regional policy and procedures group that meets monthly.").excerpts,
    ).toEqual([]);
  });

  it("still reports the committees named alone", () => {
    expect(check("Concerns go to the Area Child Protection Committee.").excerpts).toEqual([
      "Area Child Protection Committee",
    ]);
  });
});
