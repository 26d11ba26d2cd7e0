/**
 * placeholder-text (issue 11, review 11 of d905206), in our own words; every name is invented. A run of field lines
 * with no pipes is a form only when the line above names a form — a noun phrase, the form's title ("Record of a
 * worry", "Concern form", "Incident log") — or asks for it to be filled in over a form's fields. A template's list
 * of contacts left unfilled ("Chair of the committee (name):", "Out of hours, ring (name):") is the policy's own
 * list with its names left out, whatever the line above says: "please complete before adopting", "fill in your
 * contacts", "Contacts sheet", "Our agreement with parents", "record it and contact:". As of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { rule } from "../../src/audit/rules/placeholder-text.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const found = (text: string, format: "md" | "docx" | "txt") =>
  checkText(rule, text, { asOf, format }).map((f) => text.slice(f.offset, f.endOffset));

const under = (above: string, run: string[]) =>
  [
    "# Wrenfield Toddler Group — Safeguarding Policy",
    "",
    "Our Designated Safeguarding Lead is Mrs Odile Marsh.",
    "",
    above,
    "",
    ...run,
    "",
    "All staff follow this policy.",
    "",
  ].join("\n");

const contacts = [
  "Chair of the committee (name):",
  "Local children's services front door (number):",
  "Out of hours, ring (name):",
];
const form = ["Child (name):", "Worry passed to (name):", "Given in by (name):"];

describe("a template's list of contacts under a line that is no form's title", () => {
  for (const above of [
    "Key contacts (please complete before adopting this policy)",
    "Please fill in your group's contacts below:",
    "Contacts sheet",
    "Our agreement with parents: who to contact",
    "If you have a concern about a child, record it and contact:",
    "## Who to contact (please complete)",
  ]) {
    it(`reports its names left out under "${above}"`, () => {
      expect(found(under(above, contacts), "md")).toEqual(["(name)", "(name)"]);
      expect(found(under(above, contacts), "docx")).toEqual(["(name)", "(name)"]);
      expect(found(under(above, contacts), "txt")).toEqual(["(name)", "(name)"]);
    });
  }
});

describe("near miss: a form's run of fields stays silent", () => {
  for (const above of [
    "Record of a worry (please complete and hand to the DSL)",
    "Please fill in and give to the Designated Safeguarding Lead:",
    "Worry form",
    "Incident log",
    "Concern record",
  ]) {
    it(`under "${above}"`, () => {
      expect(found(under(above, form), "md")).toEqual([]);
      expect(found(under(above, form), "docx")).toEqual([]);
      expect(found(under(above, form), "txt")).toEqual([]);
    });
  }

  it("a list of contacts under a form's title is the form's", () => {
    expect(found(under("Emergency contacts form", contacts), "md")).toEqual([]);
  });
});
