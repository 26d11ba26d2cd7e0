/**
 * training-missing (review 9 of 1da306c, issue 11), in our own words; names are invented: a lead's cell that holds a
 * building's name and then a house number ("Rowan Hall, 9 Tanner Street") is a place as often as a person — it is a
 * person only when the policy gives evidence (a title or initial, the same name elsewhere not as a place); a name
 * column beside an address column has no house number in the name's cell; with nothing but the cell to go on, nothing is reported.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const names = (text: string) => checkText(trainingMissing, text, { asOf }).map((f) => f.message);

const policy = (header: string, row: string, extra = "") =>
  [
    "# Safeguarding policy",
    "",
    "Tell the DSL about any worry on the day it arises.",
    "",
    header,
    header.replace(/[^|]+/g, " --- "),
    row,
    "| Deputy DSL | Bronwen Tait | 01632 960 412 |".concat(header.split("|").length > 5 ? " |" : ""),
    "",
    "## Training",
    "",
    "Bronwen Tait completed Designated Safeguarding Lead training in June 2026.",
    extra,
  ].join("\n");
const combined = "| Role | Name and address | Telephone |";

describe("a building's name before a house number, with nothing else to go on", () => {
  for (const cell of [
    "Rowan Hall, 9 Tanner Street",
    "Beatrice House, 3 Tanner Street",
    "Hope Chapel, 14 Tanner Street",
  ])
    it(`is not a lead without training: ${cell}`, () => {
      expect(names(policy(combined, `| Designated Safeguarding Lead | ${cell} | 01632 960 411 |`))).toEqual(
        [],
      );
    });
});

describe("but evidence makes it a person", () => {
  it("a title", () => {
    const found = names(
      policy(combined, "| Designated Safeguarding Lead | Ms Rowan Hall, 9 Tanner Street | 01632 960 411 |"),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toContain("Rowan Hall");
  });
  it("an initial", () => {
    const found = names(
      policy(combined, "| Designated Safeguarding Lead | Rowan J. Hall, 9 Tanner Street | 01632 960 411 |"),
    );
    expect(found).toHaveLength(1);
  });
  it("the same name in prose, not as a place", () => {
    const found = names(
      policy(
        combined,
        "| Designated Safeguarding Lead | Rowan Hall, 9 Tanner Street | 01632 960 411 |",
        "\nRowan Hall chairs the welfare group.\n",
      ),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toContain("Rowan Hall");
  });
  it("a name column beside an address column (no house number in the cell)", () => {
    const found = names(
      policy(
        "| Role | Name | Address | Telephone |",
        "| Designated Safeguarding Lead | Rowan Hall | 9 Tanner Street | 01632 960 411 |",
      ),
    );
    expect(found).toHaveLength(1);
  });
  it("but the name as a venue elsewhere is no evidence", () => {
    expect(
      names(
        policy(
          combined,
          "| Designated Safeguarding Lead | Rowan Hall, 9 Tanner Street | 01632 960 411 |",
          "\nSessions are held at Rowan Hall on Tuesdays.\n",
        ),
      ),
    ).toEqual([]);
  });
});

describe("a given name and a surname that is a street's or green's word stays a person", () => {
  it("Nia Green, 7 Kiln Road", () => {
    const found = names(
      policy(combined, "| Designated Safeguarding Lead | Ola Green, 7 Kiln Road | 01632 960 411 |"),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toContain("Ola Green");
  });
});
