/**
 * A next-review label followed by an aside in brackets — "Next review (or sooner if the law or our rules
 * change)" — before its date. Real policies wrap such a label over several lines of a table cell (Markdown
 * `<br>`s), as lines of their own, or, in a PDF, run those lines together: the aside does not part the label
 * from the date that follows it (fictional clubs, our own words).
 */
import { describe, expect, it } from "vitest";
import { rule as reviewDateMissing } from "../../src/audit/rules/review-date-missing.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function found(text: string, format: "md" | "txt" | "pdf" = "md"): string[] {
  return checkText(reviewDateMissing, text, { asOf, format }).map((f) => f.message);
}

const box = (row: string) =>
  `# Riverside Netball Club\n\n| Details | |\n| --- | --- |\n| Agreed by | Club committee |\n${row}\n\nEveryone who helps must follow this policy.\n`;

describe("a next-review label with an aside in brackets before its date", () => {
  it("reads the date in the next cell after a long aside wrapped over the label cell", () => {
    expect(
      found(
        box(
          "| Next review<br>(or sooner if the law, our league's<br>rules or the club's<br>own guidance change) | <br><br><br>April 2027 |",
        ),
      ),
    ).toEqual([]);
    expect(
      found(
        box(
          "| Date of next review (earlier if the national governing body changes its safeguarding rules) | 12/05/2027 |",
        ),
      ),
    ).toEqual([]);
  });

  it("reads the date after an aside wrapped over lines of their own, or run together as a PDF's", () => {
    const lines =
      "Next review\n(or sooner if the law, our league's\nrules or the club's own guidance\nchange) April 2027";
    expect(
      found(`# Riverside Netball Club\n\nAgreed: 3 April 2026\n${lines}\n\nEveryone must follow it.\n`),
    ).toEqual([]);
    const joined = lines.replace(/\n/g, " ");
    for (const format of ["md", "pdf"] as const)
      expect(
        found(
          `# Riverside Netball Club\n\nAgreed: 3 April 2026\n${joined}\n\nEveryone must follow it.\n`,
          format,
        ),
      ).toEqual([]);
  });

  it("still reports a label whose aside is followed by no date", () => {
    expect(
      found(
        box(
          "| Next review<br>(or sooner if the law, our league's<br>rules or the club's<br>own guidance change) | To be agreed |",
        ),
      ),
    ).toHaveLength(1);
    expect(
      found(
        box(
          "| Next review (or sooner if the law changes) and the committee's own notes on it | April 2027 |",
        ),
      ),
    ).toHaveLength(1);
  });
});
