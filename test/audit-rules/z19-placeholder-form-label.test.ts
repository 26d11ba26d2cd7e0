/**
 * From the nineteenth held-out set (issue 11), in our own words; every name is invented. As of 1 December 2026.
 * A concern form printed as a one-column table under a form's heading, each row a field whose label ends in a
 * colon with the row's space left to write in. A label may go on past its "(name)" for a few words and another
 * bracket before its colon ("| Handed to (name) at (time): |", "| Told (name) by phone on (date): |"): the
 * "(name)" says what to write, as in "| Picked up by (name): |". Still a placeholder: outside a form, after a role,
 * or with words written after the colon; in running text after a role.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as placeholderText } from "../../src/audit/rules/placeholder-text.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(body: string[]): string {
  return [
    "# Hazelmere Chess Club — Safeguarding Policy",
    "",
    "## 1. Who to tell",
    "",
    "Our Welfare Officer is Dara Whitlock (07700 900842); her deputy is Mo Castellanos.",
    "",
    ...body.flatMap((line) => [line, ""]),
  ].join("\n");
}

const found = (text: string, format: SourceDocument["format"]) =>
  excerpts(checkText(placeholderText, text, { asOf, format }), text);

const form = (row: string) =>
  [
    "## Appendix 2 – Concern record",
    "",
    "| |",
    "| --- |",
    "| Member's name: |",
    "| What happened? |",
    row,
  ].join("\n");

describe("(name) in a one-column form's row, more of the label before its colon", () => {
  for (const format of ["md", "docx"] as const)
    it.each(["| Handed to (name) at (time): |", "| Told (name) by phone on (date): |"])(
      `is no placeholder under a form's heading: %s (${format})`,
      (row) => {
        expect(found(policy([form(row)]), format)).toEqual([]);
      },
    );

  it.each(["md", "docx"] as const)(
    "is still a placeholder outside a form, after a role or filled in (%s)",
    (format) => {
      const contacts = ["| Who to tell |", "| --- |", "| Handed to (name) at (time): |"].join("\n");
      expect(found(policy([contacts]), format)).toContain("(name)");
      expect(found(policy([form("| Welfare Officer (name) on (date): |")]), format)).toContain("(name)");
      expect(found(policy([form("| Handed to (name) at (time): Dara Whitlock |")]), format)).toContain(
        "(name)",
      );
      expect(
        found(policy(["If you are worried, tell our Welfare Officer (name) on the day:"]), format),
      ).toContain("(name)");
    },
  );
});
