/**
 * Held-out sets zz166 (a foster agency) and zz167 (an infant school). An old name given only to say it was replaced:
 * "Child Safeguarding Practice Reviews (called Serious Case Reviews before 2018 …)", "known as Serious Case Reviews
 * until 2018", a change log's "References updated from KCSIE 2024 to KCSIE 2025", "no longer called the LSCB". What
 * now counts: the old name straight after "called / known as / named" with "before YEAR" or "until YEAR" after it,
 * and the old name between "updated / changed / moved from" and "to …" — both tell history, not a current reference.
 * What stays: the old name used as current ("we follow Keeping Children Safe in Education 2024"), "called" as in
 * "a meeting called by the LSCB", a change row that only cites the old edition ("Section 5 refers to KCSIE 2024"), and
 * "updated from" without a "to". In our own words; as of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const found = (line: string) => {
  const text = `# Brackenmoor Fostering – Safeguarding Policy\n\nDesignated Safeguarding Lead: Nia Talbot (01632 960418)\n\n## What we follow\n\n${line}\n`;
  return excerpts(checkText(outdatedReference, text, { asOf }), text);
};
const changeTable = (row: string) =>
  found(
    `| No. | Change | Reason |\n| --- | --- | --- |\n${row}\n| 6 | New contact numbers | Staff changes |`,
  );

describe("an old name given only to say it was replaced", () => {
  it("'called X before YEAR' and 'known as X until YEAR' are quiet", () => {
    expect(
      found(
        "The agency reads local and national Child Safeguarding Practice Reviews (called Serious Case Reviews before 2018, and still filed under that name in older reports) and shares the lessons.",
      ),
    ).toEqual([]);
    expect(
      found(
        "Local learning reviews, known as Serious Case Reviews until 2018, are summarised for carers each spring.",
      ),
    ).toEqual([]);
    expect(
      found("Our partnership (named the Local Safeguarding Children Board until 2019) runs the training."),
    ).toEqual([]);
  });

  it("a change log's 'updated from X to Y' is quiet", () => {
    expect(
      changeTable(
        "| 5 | References updated from KCSIE 2024 to KCSIE 2025 | New statutory guidance from 1 September 2025 |",
      ),
    ).toEqual([]);
    expect(
      found(
        "In this version all references were changed from Keeping Children Safe in Education 2024 to the 2025 edition.",
      ),
    ).toEqual([]);
  });

  it("'replaces X', 'X has been replaced by Y' and 'no longer called X' are quiet", () => {
    expect(
      found(
        "From September, Keeping Children Safe in Education 2025 replaces Keeping Children Safe in Education 2024.",
      ),
    ).toEqual([]);
    expect(
      found(
        "Keeping Children Safe in Education 2024 has been replaced by the 2025 edition, which we follow.",
      ),
    ).toEqual([]);
    expect(
      found("The safeguarding partnership is no longer called the Local Safeguarding Children Board."),
    ).toEqual([]);
    expect(found("Since September we no longer follow Keeping Children Safe in Education 2024.")).toEqual([]);
  });
});

describe("near shapes that stay reported", () => {
  it("the old edition used as current", () => {
    expect(found("We follow Keeping Children Safe in Education 2024 in every part of this policy.")).toEqual([
      "Keeping Children Safe in Education 2024",
    ]);
  });

  it("'called' in 'a meeting called by …', or a name with no year after it", () => {
    expect(
      found("Strategy discussions happen at a meeting called by the Local Safeguarding Children Board."),
    ).toEqual(["Local Safeguarding Children Board"]);
    expect(found("These are called Serious Case Reviews in our procedures.")).toEqual([
      "Serious Case Reviews",
    ]);
  });

  it("a change row that only cites the old edition, or 'updated from' with no 'to'", () => {
    expect(
      changeTable("| 5 | Section 5 refers to KCSIE 2024 | Clearer wording |").map((s) => s.trim()),
    ).toEqual(["KCSIE 2024"]);
    expect(found("Staff briefings are updated from KCSIE 2024 every term.")).toEqual(["KCSIE 2024"]);
  });
});
