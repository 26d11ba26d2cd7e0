/**
 * placeholder-text (held-out set zz57), in our own words; every name is invented. A registration number whose
 * digits are X's after its prefix ("Scottish charity SC0XXXXX", "Registered charity 11XXXXX", "Ofsted EY4XXXXX") was
 * never filled in, as "XXXX" alone or a phone number's X's are. Near misses: letters with X's and no digit (a roman
 * numeral "LXXX", a size "XXL") and a run of two X's are not placeholders.
 */
import { describe, expect, it } from "vitest";
import { rule as placeholder } from "../../src/audit/rules/placeholder-text.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(line: string): string {
  return [
    "# Inverbrae Canoe Club — Child Wellbeing and Protection Policy",
    "",
    line,
    "",
    "## 1. Why we have this policy",
    "",
    "Everyone at the club shares the job of keeping young paddlers safe.",
    "",
  ].join("\n");
}

describe("a registration number with X's for its digits", () => {
  it("is a placeholder, the whole number, with plain advice", () => {
    for (const [line, number] of [
      ["Inverbrae Canoe Club · Scottish charity SC0XXXXX · Policy v3", "SC0XXXXX"],
      ["Registered charity 11XXXXX", "11XXXXX"],
      ["Ofsted registration: EY4XXXXX", "EY4XXXXX"],
    ]) {
      const found = checkText(placeholder, policy(line), { asOf, format: "md" });
      expect([line, ...found.map((f) => f.excerpt)]).toEqual([line, number]);
      expect(found[0].message).toBe(
        `"${number}" is not finished — its X's stand where digits should be: write in the whole number`,
      );
    }
  });

  it("near misses: a roman numeral, a size, two X's", () => {
    for (const line of [
      "Our LXXX anniversary regatta is in June.",
      "Club kit comes in sizes S to XXL.",
      "Boat XX2 is kept for juniors.",
    ])
      expect([line, ...checkText(placeholder, policy(line), { asOf, format: "md" })]).toEqual([line]);
  });
});
