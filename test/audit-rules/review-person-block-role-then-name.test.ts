/**
 * A list that gives each role then its holder, one to a line and no blank lines between (as a PDF's text always
 * arrives): "Chair of Governors" / "Mr A" / "Designated Safeguarding Lead" / "Mrs B". The name above a role is the
 * previous role's holder, not a person's block; and a house's name above a role ("Rose Cottage", "Grace Fairley House") is nobody.
 * Near misses of the person's block (z51-people-person-blocks): a name then its role stays the block's. Every name
 * is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { checkText, leadNamesOf } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
type Format = "md" | "docx" | "pdf";

const policy = (contacts: string[]) =>
  [
    "# Larkspur Community Playgroup — Safeguarding Policy",
    "",
    "## 1. Key people",
    "",
    ...contacts,
    "",
    "## 2. Training",
    "",
    "Mrs Petra Vance completed designated lead training on 12 February 2026.",
    "Ms Uma Frost completed designated lead training on 30 April 2026.",
    "",
    "## 3. Review",
    "",
    "This policy was approved on 1 September 2026 and is reviewed every year.",
    "",
  ].join("\n");

const named = leadNamesOf;

describe("a role then its holder, line after line", () => {
  const text = policy([
    "Chair of Governors",
    "Mr Colin Dray",
    "Designated Safeguarding Lead",
    "Mrs Petra Vance",
    "Deputy Designated Safeguarding Lead",
    "Ms Uma Frost",
  ]);

  it("the name below each role is its holder", () => {
    expect(named(text, "dsl")).not.toContain("Mr Colin Dray");
    expect(named(text, "dsl")).toContain("Mrs Petra Vance");
    expect(named(text, "deputy")).not.toContain("Mrs Petra Vance");
  });

  for (const format of ["md", "docx", "pdf"] as const satisfies Format[]) {
    it(`no training is missing for the chair (${format})`, () => {
      expect(checkText(trainingMissing, text, { asOf, format }).map((f) => f.message)).toEqual([]);
    });
  }

  for (const place of ["Rose Cottage", "Grace Fairley House"])
    it(`near miss: a house's name above the role is nobody; the name below is the lead (${place})`, () => {
      const house = policy([
        place,
        "Designated Safeguarding Lead",
        "Mrs Petra Vance (01632 960 555)",
        "",
        "Deputy Designated Safeguarding Lead",
        "Ms Uma Frost",
      ]);
      expect(named(house, "dsl")).toEqual(["Mrs Petra Vance"]);
      expect(checkText(trainingMissing, house, { asOf, format: "pdf" })).toEqual([]);
    });

  it("near miss: each name then its role stays the block's", () => {
    const blocks = policy([
      "Mrs Petra Vance",
      "Designated Safeguarding Lead",
      "Ms Uma Frost",
      "Deputy Designated Safeguarding Lead",
    ]);
    expect(named(blocks, "dsl")).toContain("Mrs Petra Vance");
    expect(named(blocks, "deputy")).toContain("Ms Uma Frost");
    expect(checkText(trainingMissing, blocks, { asOf, format: "pdf" })).toEqual([]);
  });
});
