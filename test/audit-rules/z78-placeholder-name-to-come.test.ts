/**
 * placeholder-text (held-out set zz78), in our own words; every name is invented. A person's name promised in
 * brackets where it should stand — "(name to be added)", "(names to follow)", "(name to be confirmed)", in a
 * sentence or a table's cell — as the contact details before them ("(number to follow)"). Near misses: details or
 * a date to follow after an event, a name described ("(name to be added to the register)"), a name withheld.
 */
import { describe, expect, it } from "vitest";
import { rule as placeholder } from "../../src/audit/rules/placeholder-text.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(...lines: string[]): string {
  return [
    "# Tarnbrook Rowing Juniors — Safeguarding Policy",
    "",
    ...lines,
    "",
    "## 1. Why we have this policy",
    "",
    "Everyone at the club shares the job of keeping young rowers safe.",
    "",
  ].join("\n");
}

const excerpts = (...lines: string[]) =>
  checkText(placeholder, policy(...lines), { asOf, format: "md" }).map((f) => f.excerpt);

describe("a person's name still to come, in brackets", () => {
  it("is a placeholder, in a sentence or a table's cell", () => {
    for (const [line, quoted] of [
      [
        "Our second welfare contact (name to be confirmed) will join the committee in May.",
        "(name to be confirmed)",
      ],
      ["Boat captains for the summer squad: (names to follow).", "(names to follow)"],
      ["Deputy Welfare Officer: (full name to be added)", "(full name to be added)"],
    ])
      expect(excerpts(line)).toEqual([quoted]);
    expect(
      excerpts(
        "| Name | Role | Phone |",
        "| --- | --- | --- |",
        "| Mairi Quayle | Head Coach | 07700 900456 |",
        "| (name to be added) | Boathouse Keeper | – |",
      ),
    ).toEqual(["(name to be added)"]);
  });

  it("near misses: an event's details or date to follow, a name described or withheld", () => {
    for (const line of [
      "The regatta at Tarn Water (details to follow) is open to juniors aged 12 and over.",
      "The safeguarding refresher evening (date to follow) is for every coach.",
      "Each new rower signs in on the first night (name to be added to the register by a coach).",
      "A parent who reports a concern may ask for their name to be withheld (names to be kept private) by the club.",
    ])
      expect(excerpts(line)).toEqual([]);
  });
});
