/**
 * "Next review: Easter 2026" is due by Easter Sunday 2026 (5 April), not by the end of 2026 (held-out set zz75, a
 * church's young handbell ringers). In our own words; as of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { rule as dueSoon } from "../../src/audit/rules/review-due-soon.js";
import { rule as overdue } from "../../src/audit/rules/review-overdue.js";
import { easterSunday } from "../../src/audit/text/dates.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const policy = (line: string) =>
  [
    "# St Ebba's Young Ringers – Safeguarding Policy",
    "",
    line,
    "",
    "Parish Safeguarding Officer: Ann Carter",
    "",
  ].join("\n");

describe("a review due by Easter", () => {
  it("is Easter Sunday of that year (the Western computus)", () => {
    expect([2024, 2025, 2026, 2027, 2000].map(easterSunday)).toEqual([
      { month: 3, day: 31 },
      { month: 4, day: 20 },
      { month: 4, day: 5 },
      { month: 3, day: 28 },
      { month: 4, day: 23 },
    ]);
  });

  it("is overdue after Easter, not due soon at the year's end", () => {
    const text = policy("**Next review:** Easter 2026");
    expect(checkText(overdue, text, { asOf, format: "md" }).map((f) => f.message)).toEqual([
      expect.stringContaining("5 April 2026"),
    ]);
    expect(checkText(dueSoon, text, { asOf, format: "md" })).toEqual([]);
  });

  it("near miss: an Easter term is left unread (spring in some schools, summer in others)", () => {
    expect(checkText(overdue, policy("**Next review:** Easter term 2026"), { asOf, format: "md" })).toEqual(
      [],
    );
  });
});
