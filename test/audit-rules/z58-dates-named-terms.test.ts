/**
 * The named terms of independent schools and universities (issue 11, the fifty-eighth held-out set, in our own
 * words; every name is invented; as of 1 December 2026): "Michaelmas Term 2025" is the autumn term (to December),
 * "Lent Term 2026" and Oxford's "Hilary Term" the spring term (to Easter, counted to the end of April as "Spring
 * Term" is), "Trinity Term" the summer term (to July). "Michaelmas" and "Lent" name a term without the word
 * "term" too ("Michaelmas 2025"); "Trinity" and "Hilary" are also names (a college, a person), so only with it.
 */
import { describe, expect, it } from "vitest";
import { findDates } from "../../src/audit/text/dates.js";
import { reviewFindings } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function read(text: string): Array<[string, string, string]> {
  return findDates(text, 0, { allowYear: true, shortMonthYear: true }).map((d) => [
    d.text,
    d.date.first,
    d.date.last,
  ]);
}

describe("named terms as dates", () => {
  it("reads Michaelmas as the autumn term, Lent and Hilary as spring, Trinity as summer", () => {
    expect(read("Michaelmas Term 2025")).toEqual([["Michaelmas Term 2025", "2025-09-01", "2025-12-31"]]);
    expect(read("Lent Term 2026")).toEqual([["Lent Term 2026", "2026-01-01", "2026-04-30"]]);
    expect(read("Hilary term 2027")).toEqual([["Hilary term 2027", "2027-01-01", "2027-04-30"]]);
    expect(read("Trinity Term 2026")).toEqual([["Trinity Term 2026", "2026-04-01", "2026-07-31"]]);
  });

  it("reads Michaelmas and Lent without the word 'term', and a term of an academic year", () => {
    expect(read("Michaelmas 2025")).toEqual([["Michaelmas 2025", "2025-09-01", "2025-12-31"]]);
    expect(read("Lent, 2024")).toEqual([["Lent, 2024", "2024-01-01", "2024-04-30"]]);
    expect(read("Lent Term 2025/26")).toEqual([["Lent Term 2025/26", "2026-01-01", "2026-04-30"]]);
    expect(read("Michaelmas Term 2025/26")).toEqual([
      ["Michaelmas Term 2025/26", "2025-09-01", "2025-12-31"],
    ]);
  });

  it("reads no term from a name that is not one", () => {
    expect(read("Trinity 2026 Fun Run").map(([text]) => text)).toEqual(["2026"]);
    expect(read("Hilary 2019").map(([text]) => text)).toEqual(["2019"]);
  });

  it("reads no term from 'lent' or 'michaelmas' in lower case: a verb, not a term's name", () => {
    expect(read("Equipment lent 2024 must be returned").map(([text]) => text)).toEqual(["2024"]);
    expect(read("The hall was lent, 2023, to the Scouts").map(([text]) => text)).toEqual(["2023"]);
    expect(read("after michaelmas 2025").map(([text]) => text)).toEqual(["2025"]);
    expect(read("LENT TERM 2026")).toEqual([["LENT TERM 2026", "2026-01-01", "2026-04-30"]]);
  });
});

describe("a review due in a named term", () => {
  it("reports a Lent Term review that has passed as overdue, not as due soon", () => {
    const text = [
      "# Fellside School – Safeguarding Policy",
      "",
      "## 1. Purpose",
      "",
      "Every pupil has the right to be safe.",
      "",
      "Fellside School · Safeguarding Policy · Next review: Lent Term 2026",
    ].join("\n");
    const found = reviewFindings(text, asOf);
    expect(found.map((f) => f.rule)).toEqual(["review-overdue"]);
    expect(found[0].message).toContain("Lent Term 2026");
  });

  it("keeps a Michaelmas Term review in the coming weeks as due soon", () => {
    const text =
      "# Policy\n\nNext review: Michaelmas Term 2026\n\n## 1. Purpose\n\nEvery pupil has the right to be safe.\n";
    expect(reviewFindings(text, asOf).map((f) => f.rule)).toEqual(["review-due-soon"]);
  });
});
