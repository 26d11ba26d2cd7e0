/**
 * Review statements read too eagerly (issue 11, found by review; in our own words, every name invented; as of
 * 1 December 2026):
 * - a last look or a next look by someone who does not own the policy, at something that is not the policy ("the
 *   DSL last reviewed the procedures for collecting children late", "all staff will look at the procedures again
 *   at their refresher training", "volunteers will look at the code of conduct again with their mentor") is no
 *   review of the policy;
 * - a PDF's version history listed newest first is read by its current version's row, not its last row;
 * - a numbered section heading under a "Document control" block is no version row.
 */
import { describe, expect, it } from "vitest";
import { rule as reviewDateMissing } from "../../src/audit/rules/review-date-missing.js";
import { rule as reviewDueSoon } from "../../src/audit/rules/review-due-soon.js";
import { rule as reviewOverdue } from "../../src/audit/rules/review-overdue.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const findings = (text: string, format: "md" | "pdf" = "md") =>
  [reviewDateMissing, reviewOverdue, reviewDueSoon].flatMap((rule) =>
    checkText(rule, text, { asOf, format }).map((f) => [rule.meta.id, f.message]),
  );

const policy = (review: string) =>
  [
    "# Hollin Lane Stay and Play – Safeguarding Policy",
    "",
    review,
    "",
    "## What we do",
    "",
    "Parents and carers stay with their children at every session, and two volunteers set up the hall.",
    "",
  ].join("\n");

describe("a look at something other than the policy, by someone who does not own it", () => {
  it("does not take the DSL's look at another procedure as the policy's last review", () => {
    const text = policy(
      "This policy is reviewed every year by the trustees. The DSL last reviewed the procedures for collecting children late with staff on 2 October 2025.",
    );
    expect(findings(text).map(([id]) => id)).toEqual(["review-date-missing"]);
  });

  it("does not take staff or volunteers going over procedures as the policy's next review", () => {
    const staff = policy(
      "All staff will look at the procedures again at their refresher training on 3 March 2025.",
    );
    expect(findings(staff).map(([id]) => id)).toEqual(["review-date-missing"]);
    const volunteers = policy(
      "Volunteers will look at the code of conduct again with their mentor at the end of their first term, in June 2025.",
    );
    expect(findings(volunteers).map(([id]) => id)).toEqual(["review-date-missing"]);
  });

  it("still reads the owners' own look at this policy", () => {
    const trustees = policy(
      "The trustees last reviewed this policy on 2 October 2025, and review it every year.",
    );
    expect(findings(trustees)).toEqual([["review-overdue", expect.stringMatching(/2 October 2026/)]]);
    const manager = policy("The manager will look at this policy again in June 2026.");
    expect(findings(manager)).toEqual([["review-overdue", expect.stringMatching(/June 2026/)]]);
    // "Child" in a role's name is the owner's title, not a child.
    const officer = policy("The Child Protection Officer will look at this policy again in June 2026.");
    expect(findings(officer)).toEqual([["review-overdue", expect.stringMatching(/June 2026/)]]);
  });
});

/** PDF text: a version history table after the policy's last section, its rows newest first. */
const pdf = (rows: string[]) =>
  [
    "Hollin Lane Stay and Play · Safeguarding Policy",
    "1. What we do",
    "Parents and carers stay with their children at every session, and two volunteers set up",
    "the hall before the doors open, always with the session lead on site.",
    "8. Version history",
    "Version Author Approved Review by",
    ...rows,
    "The trustees approve each version; the session lead keeps this table up to date, and the",
    "copy on the hall's noticeboard is replaced on the day a new version is approved.",
    "Hollin Lane Stay and Play · Safeguarding Policy · page 4 of 4",
  ].join("\n");

describe("a PDF's version history listed newest first", () => {
  it("reads the current version's row, not the last row", () => {
    const current = pdf([
      "3.0 M. Adeyemi 09/09/2026 30/09/2027",
      "2.0 M. Adeyemi 10/09/2025 30/09/2026",
      "1.0 M. Adeyemi 11/09/2024 30/09/2025",
    ]);
    expect(findings(current, "pdf")).toEqual([]);
    const passed = pdf(["2.0 M. Adeyemi 10/09/2025 30/09/2026", "1.0 M. Adeyemi 11/09/2024 30/09/2025"]);
    expect(findings(passed, "pdf")).toEqual([["review-overdue", expect.stringMatching(/30 September 2026/)]]);
  });
});

describe("a document-control block above a numbered section", () => {
  it("does not read the section heading as a version row", () => {
    const text = [
      "Hollin Lane Stay and Play · Safeguarding Policy",
      "Document control: version 3.0",
      "Date approved 10 September 2026",
      "Next review",
      "2 Scope and who this policy is for",
      "This policy applies to everyone who helps at the stay and play sessions, paid or unpaid, and to",
      "the trustees, who meet each term in the church hall next door.",
      "Hollin Lane Stay and Play · Safeguarding Policy · page 1 of 4",
    ].join("\n");
    expect(findings(text, "pdf").map(([id]) => id)).toEqual(["review-date-missing"]);
  });
});
