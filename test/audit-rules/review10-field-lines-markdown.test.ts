/**
 * A PDF prints a form's table as short lines of field labels with no pipes, so a run of "Handed to (name):" lines
 * there may be a form (4468c18) — when it holds a form's own fields ("Child's name:", "Date of birth:") or a form's
 * title is above it (review12-txt-field-lines). A Markdown or Word file keeps its tables' pipes: the same run of
 * lines in one is the policy's own list with the names left out — "Chair of the committee (name):" under "Who to
 * contact" — and each is reported, as it now is in a PDF too. Review 9 (issue 11), in our own words; every name is invented. As of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { rule } from "../../src/audit/rules/placeholder-text.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const found = (text: string, format: "md" | "pdf") =>
  checkText(rule, text, { asOf, format }).map((f) => text.slice(f.offset, f.endOffset));

const contacts = [
  "# Meadowsweet Playgroup — Safeguarding",
  "",
  "## Who to contact",
  "",
  "Chair of the committee (name):",
  "Concerns passed to (name):",
  "Out of hours, ring (name):",
  "",
].join("\n");

describe("a run of field lines outside a PDF", () => {
  it("is the policy's own list with its names left out, in Markdown", () => {
    expect(found(contacts, "md")).toEqual(["(name)", "(name)", "(name)"]);
  });

  it("near miss: a PDF's run of a form's own fields is still a form's printed table", () => {
    const slip = contacts
      .replace("## Who to contact", "## Passing on a worry")
      .replace("Chair of the committee (name):", "Child's name:\nDate of birth:");
    expect(found(slip, "pdf")).toEqual([]);
  });

  it("a PDF's run of people to contact is the policy's own list too (review12-txt-field-lines)", () => {
    expect(found(contacts, "pdf")).toEqual(["(name)", "(name)", "(name)"]);
  });
});
