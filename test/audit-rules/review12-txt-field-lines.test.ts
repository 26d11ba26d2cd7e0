/**
 * placeholder-text (issue 11, review 11 of d905206), in our own words; every name is invented. Plain text loses a
 * table's pipes, so a run of field lines in a .txt (or PDF) file may be a form's printed table — but only when it
 * shows it: a form's title above it, or a form's own fields in it ("Child's name:", "Date of birth:", "Signed:").
 * A list of people to ring with their names left out ("Chair of the committee (name):" under "Who to ring") is the
 * policy's own in plain text as in Markdown, and each blank is reported. As of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { rule } from "../../src/audit/rules/placeholder-text.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const found = (text: string, format: "md" | "txt" | "pdf") =>
  checkText(rule, text, { asOf, format }).map((f) => text.slice(f.offset, f.endOffset));

const page = (above: string, run: string[]) =>
  [
    "Larchmoor Junior Chess Club - Safeguarding Policy",
    "",
    "Our welfare officer is Mr Idris Pengelly.",
    "",
    above,
    "",
    ...run,
    "",
    "Every volunteer reads this policy.",
    "",
  ].join("\n");

const contacts = [
  "Chair of the committee (name):",
  "Worries passed to (name):",
  "Out of hours, ring (name):",
];

describe("a run of field lines in plain text", () => {
  it("reports a list of people to ring left unfilled", () => {
    expect(found(page("Who to ring", contacts), "txt")).toEqual(["(name)", "(name)", "(name)"]);
  });

  it("reports it in a PDF's text too", () => {
    expect(found(page("Who to ring", contacts), "pdf")).toEqual(["(name)", "(name)", "(name)"]);
  });

  it("near miss: a form's fields under no title are a form's printed table", () => {
    const slip = [
      "Child's name:",
      "Date of birth:",
      "What was seen or said:",
      "Passed to (name):",
      "Signed: ____________ Date: ________",
    ];
    expect(found(page("When you are worried", slip), "txt")).toEqual([]);
    expect(found(page("When you are worried", slip), "pdf")).toEqual([]);
  });

  it("near miss: a run under a form's title stays silent", () => {
    expect(found(page("Record of a worry", contacts), "txt")).toEqual([]);
  });
});
