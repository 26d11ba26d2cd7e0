/**
 * From the thirty-ninth held-out set (issue 11), in our own words; every name is invented. As of 1 December 2026.
 * - A music, dance or drama grade listed in a training table ("Grade 7 violin", "ABRSM Grade 5 theory", "LAMDA
 *   Grade 6 acting") is a qualification in another subject, not safeguarding training: a year alone in its
 *   "Completed" cell is no missing date.
 * - Near miss: a safeguarding course in the same table with only a year is still undated.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(row: string): string {
  return [
    "# Corsley Youth Strings — Safeguarding Policy",
    "",
    "## 4. Training",
    "",
    "| Name | Course | Completed | Expires |",
    "| --- | --- | --- | --- |",
    "| Ms Imogen Fairlie | Designated Safeguarding Lead training | 12/03/2025 | 12/03/2027 |",
    row,
    "",
  ].join("\n");
}

const found = (row: string) => checkText(trainingUndated, policy(row), { asOf });

describe("training-undated: a music, dance or drama grade is not safeguarding training", () => {
  it.each([
    "| Mr Rupert Klein | Grade 7 violin | 2011 | – |",
    "| Ms Imogen Fairlie | ABRSM Grade 5 music theory | 1998 | n/a |",
    "| Mrs Dana Whitcombe | LAMDA Grade 6 acting | 2004 | – |",
  ])("is silent: %s", (row) => {
    expect(found(row)).toEqual([]);
  });

  it("still reports a safeguarding course with no date (near miss)", () => {
    const reported = found("| Mr Rupert Klein | Safeguarding awareness | – | – |");
    expect(reported).toHaveLength(1);
  });
});
