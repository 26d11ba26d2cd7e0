/**
 * A run of field lines ("Child (name):", "Passed to (name):", "Handed in by (name):") with no pipes is a form's
 * printed table in any format when the line or heading just above says it is a form ("please complete", "form",
 * "record of", "log"); in a PDF or plain text (pdftotext, Word's "save as text" drop the pipes) also when the run
 * holds a form's own fields (review12-txt-field-lines). A run with no such sign is the policy's own list with the
 * names left out, and stays reported (review10-field-lines-markdown, review12-contact-list-not-form). Review 10 (issue 11), in our own words; every name is invented. As of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { rule } from "../../src/audit/rules/placeholder-text.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const found = (text: string, format: "md" | "pdf" | "txt" | "docx") =>
  checkText(rule, text, { asOf, format }).map((f) => text.slice(f.offset, f.endOffset));

const slip = (lead: string) =>
  [
    "# Hollybank Toddler Group",
    "",
    lead,
    "",
    "Child (name):",
    "Worry handed to (name):",
    "Given in by (name):",
    "",
    "Our Designated Safeguarding Lead is Mrs Rhona Grieve.",
    "",
  ].join("\n");

const contacts = [
  "# Hollybank Toddler Group",
  "",
  "Who to ring",
  "",
  "Chair of the committee (name):",
  "Worries passed to (name):",
  "Out of hours, ring (name):",
  "",
].join("\n");

describe("a run of field lines that is a form", () => {
  it("is no form in plain text or a PDF either when nothing shows it is one (review12-txt-field-lines)", () => {
    expect(found(contacts, "txt")).toEqual(["(name)", "(name)", "(name)"]);
    expect(found(contacts, "pdf")).toEqual(["(name)", "(name)", "(name)"]);
  });

  for (const lead of [
    "Note of a worry (please fill in and give to the DSL)",
    "Record of a concern",
    "Use this form to pass on a worry",
    "Incident log",
  ]) {
    it(`is silent in Markdown and Word under "${lead}"`, () => {
      expect(found(slip(lead), "md")).toEqual([]);
      expect(found(slip(lead), "docx")).toEqual([]);
      expect(found(slip(lead), "txt")).toEqual([]);
    });
  }

  it("near miss: the same run under a line that says nothing of a form is still reported in Markdown", () => {
    expect(found(contacts, "md")).toEqual(["(name)", "(name)", "(name)"]);
    expect(found(slip("Who to ring"), "md")).toEqual(["(name)", "(name)", "(name)"]);
  });

  it("near miss: a lone '(name)' under a form's line, not in a run, is still reported", () => {
    const lone = [
      "# Hollybank Toddler Group",
      "",
      "Please complete the form below.",
      "",
      "Our lead is (name).",
      "",
    ];
    expect(found(lone.join("\n"), "md")).toEqual(["(name)"]);
  });
});
