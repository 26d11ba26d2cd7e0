/**
 * training-stale (issue 11, review 10 of 70e6f43), in our own words; every name is invented. As of 3 December 2026.
 * Honours and offices written after a name in a training matrix — "KC", "QC", "JP", "MP", "DL", "MBE", "BEM",
 * "QPM", "RGN" — are letters after it: the finding names "Mr Tomos Rhydderch", never "Mr Tomos Rhydderch KC's".
 * A surname in capitals or with a capital inside it is still the person's whole name (70e6f43).
 */
import { describe, expect, it } from "vitest";
import { rule as stale } from "../../src/audit/rules/training-stale.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-03";

const matrix = (leadName: string) =>
  [
    "# Nantgarw Toddler Group — Safeguarding Policy",
    "",
    `Designated Safeguarding Lead: ${leadName}. Deputy Designated Safeguarding Lead: Mrs Gwenllian Pryce.`,
    "",
    "| Name | DSL course | Basic awareness |",
    "| --- | --- | --- |",
    `| ${leadName} | 04/02/2020 | 11/09/2026 |`,
    "| Mrs Gwenllian Pryce | 15/03/2026 | 11/09/2026 |",
    "",
  ].join("\n");

const staleNames = (text: string) =>
  checkText(stale, text, { asOf }).map((f) => /^(.*?)'s most recent/.exec(f.message)?.[1] ?? f.message);

describe("honours and offices after a matrix's name", () => {
  it.each(["KC", "QC", "JP", "MP", "DL", "MBE", "DBE", "BEM", "QPM", "RGN", "OBE JP"])(
    "are not part of the name: Mr Tomos Rhydderch %s",
    (letters) => {
      expect(staleNames(matrix(`Mr Tomos Rhydderch ${letters}`))).toEqual(["Mr Tomos Rhydderch"]);
    },
  );

  it("near miss: a surname in capitals or with a capital inside it is still the whole name", () => {
    for (const name of ["Mrs Tamsin McKay", "Ms Ann DE", "Mrs Kate MCKAY"]) {
      expect(staleNames(matrix(name))).toEqual([name]);
    }
  });
});
