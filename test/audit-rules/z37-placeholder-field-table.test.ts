/**
 * From the thirty-ninth held-out set (issue 11), in our own words; every name is invented. As of 1 December 2026.
 * - A table that is a form whatever its heading says — every row under its header a field's label with the answer
 *   left empty ("| Child's name: |", "| Handed to (name): |") — is filled in by hand: "(name)" in a label is what
 *   to write there, not a detail the template left out.
 * - Near misses: "(name)" as the value of a role in a contacts table; a table with one field label among rows
 *   that are not fields.
 */
import { describe, expect, it } from "vitest";
import { rule as placeholderText } from "../../src/audit/rules/placeholder-text.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(table: string[]): string {
  return [
    "# Fernbrook Junior Angling Club — Safeguarding Policy",
    "",
    "## 1. Who to tell",
    "",
    "Our Club Welfare Officer is Lucia Brennan (07700 900318).",
    "",
    "## Appendix B – Concern note",
    "",
    ...table,
    "",
  ].join("\n");
}

const found = (table: string[]) => checkText(placeholderText, policy(table), { asOf });

describe("placeholder-text: a table whose rows are all a form's field labels", () => {
  it.each([
    [
      [
        "| Concern note |",
        "| --- |",
        "| Young person's name: |",
        "| What happened: |",
        "| Handed to (name): |",
      ],
    ],
    [
      [
        "| Noting a worry | |",
        "| --- | --- |",
        "| Date and time: | |",
        "| Seen or heard by (name): | |",
        "| Passed on to (name) at (time): | |",
      ],
    ],
    [["| Write it down |", "|---|", "| **Child's name:** |", "| Where: |", "| When: |", "| Told (name): |"]],
  ])("is silent: %j", (table) => {
    expect(found(table)).toEqual([]);
  });

  it("still reports (name) left as a contact's value (near miss)", () => {
    const reported = found(["| Role | Who |", "| --- | --- |", "| Deputy Welfare Officer | (name) |"]);
    expect(reported).toHaveLength(1);
  });

  it("still reports a field label in a table of other rows (near miss)", () => {
    const reported = found([
      "| Step | What to do |",
      "| --- | --- |",
      "| 1 | Listen and write down what you were told |",
      "| 2 | Tell the Welfare Officer the same day |",
      "| Passed to (name): |",
    ]);
    expect(reported).toHaveLength(1);
  });
});
