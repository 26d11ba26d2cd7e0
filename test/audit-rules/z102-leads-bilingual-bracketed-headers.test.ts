/**
 * A bilingual table's headers with the other language in brackets ("| Role (Rôl) | Name (Enw) |"), and a role cell
 * with its translation in brackets: the "Name" column holds the holder, as "| Role | Name |" does. In our own words
 * with invented names.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { checkText, namesFor } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const text = [
  "# Canolfan Cwm Tawel – Safeguarding Policy (Polisi Diogelu)",
  "",
  "| Role (Rôl) | Name (Enw) | Contact (Cyswllt) |",
  "|---|---|---|",
  "| Designated Safeguarding Person (Person Diogelu Dynodedig) | Manon Eleri Prys | 07700 900 511 |",
  "| Deputy Designated Safeguarding Person (Dirprwy Berson Diogelu Dynodedig) | <!-- del: Huw Bevan, Youth Officer (Swyddog Ieuenctid) --><ins>Emrys ap Iestyn, Centre Manager (Rheolwr Canolfan)</ins> | 07700 900 512 |",
  "",
].join("\n");

describe("deputy: a bilingual table with the translation in brackets", () => {
  for (const format of ["md", "docx"] as const) {
    it(`reads the name column (${format})`, () => {
      expect(namesFor(text, format, "dsl")).toEqual(["Manon Eleri Prys"]);
      expect(namesFor(text, format, "deputy")).toEqual(["Emrys ap Iestyn"]);
      expect(checkText(deputyMissing, text, { asOf, format })).toEqual([]);
    });
  }
});
