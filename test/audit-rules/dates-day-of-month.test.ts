/**
 * The deed's way of writing a date — "the 1st day of May 2022", "this 3rd day of March, 2025" — read to the day.
 * chrono alone reads only "May 2022", and a training record so dated was reported as "on the 1st day of is May 2022".
 */
import { describe, expect, it } from "vitest";
import { rule as stale } from "../../src/audit/rules/training-stale.js";
import { findDates } from "../../src/audit/text/dates.js";
import { checkText } from "../helpers/audit-context.js";

function read(text: string): Array<[string, string, string]> {
  return findDates(text, 0).map((d) => [d.text, d.date.first, d.date.last]);
}

describe("a day written as 'the Nth day of Month Year'", () => {
  it("reads the day, with or without a suffix or a comma", () => {
    expect(read("Signed on the 1st day of May 2022 by the trustees.")).toEqual([
      ["1st day of May 2022", "2022-05-01", "2022-05-01"],
    ]);
    expect(read("Dated this 23rd day of Sept., 2025")).toEqual([
      ["23rd day of Sept., 2025", "2025-09-23", "2025-09-23"],
    ]);
    expect(read("on the 4 day of July 2024")).toEqual([["4 day of July 2024", "2024-07-04", "2024-07-04"]]);
  });

  it("reads no day the month does not have", () => {
    expect(read("the 31st day of June 2025").map(([, first]) => first)).not.toContain("2025-06-31");
    expect(read("the 30th day of February 2024").some(([text]) => text.startsWith("30th"))).toBe(false);
  });

  it("gives a training record its day, in plain words", () => {
    const messages = checkText(
      stale,
      [
        "# Safeguarding policy",
        "",
        "Our Designated Safeguarding Lead is Mrs Ines Vardy; the deputy is Mr Tom Oakes.",
        "",
        "Mrs Ines Vardy completed designated lead training on the 1st day of May 2022.",
        "Mr Tom Oakes completed designated lead training on 3 March 2026.",
        "",
        "Next review date: 1 September 2027.",
      ].join("\n"),
      { asOf: "2026-12-01" },
    ).map((f) => f.message);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(
      "Mrs Ines Vardy's most recent designated lead training is dated 1 May 2022",
    );
    expect(messages[0]).not.toContain("day of is");
  });
});
