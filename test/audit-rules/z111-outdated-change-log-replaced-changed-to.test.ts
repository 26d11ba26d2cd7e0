/**
 * A version table (change log) row that records an old name being replaced, changed or removed is history, in any
 * verb order (held-out set zz111), in our own words; every name is invented. As of 1 December 2026.
 * - "Replaced the remaining references to CRB checks with DBS checks"
 * - "'Local Safeguarding Children Board' changed to the Safeguarding Partnership"
 * - "Removed all mentions of the ISA", "Updated CRB to DBS throughout"
 * The same old name used as current elsewhere, or a row that only works on it, is still reported.
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const found = (text: string) => checkText(outdatedReference, text, { asOf }).map((f) => f.excerpt);

const log = (...rows: string[]) =>
  [
    "## Document history",
    "",
    "| Version | Date | What changed | Owner |",
    "| --- | --- | --- | --- |",
    "| 2.0 | 11/10/2014 | First edition for the pantomime season | Orla Venn |",
    ...rows,
    "| 2.9 | 14/10/2025 | Small wording fixes | Orla Venn |",
    "",
  ].join("\n");

describe("a change log row recording an old name's replacement", () => {
  for (const row of [
    "| 2.3 | 02/10/2017 | Replaced the remaining references to CRB checks with DBS checks | Orla Venn |",
    '| 2.5 | 30/09/2019 | "Local Safeguarding Children Board" changed to the new Safeguarding Partnership | Orla Venn |',
    "| 2.5 | 30/09/2019 | Removed all mentions of the Local Safeguarding Children Board | Orla Venn |",
    "| 2.10 | 30/09/2019 | Updated CRB to DBS throughout | Orla Venn |",
    "| 2.6 | 30/09/2020 | Changed the Local Safeguarding Children Board to the Partnership | Orla Venn |",
  ])
    it(row, () => {
      expect(found(log(row))).toEqual([]);
    });

  it("the PDF reading of a row (no pipes) is history too", () => {
    const text = [
      "Version Date What changed",
      "2.3 02/10/2017 Replaced the last references to CRB checks with DBS",
      "2.4 01/10/2018 Minor wording",
    ].join("\n");
    expect(found(text)).toEqual([]);
  });
});

describe("still reported", () => {
  it("a row that works on the old body, not replacing it: 'Updated the LSCB contact details'", () => {
    const text = log(
      "| 2.4 | 01/10/2018 | Updated the Local Safeguarding Children Board to reflect new contacts | Orla Venn |",
    );
    expect(found(text)).toHaveLength(1);
  });

  it("a row that adds the old check", () => {
    expect(
      found(log("| 2.4 | 01/10/2018 | Added a section on CRB checks for drivers | Orla Venn |")),
    ).toHaveLength(1);
  });

  it("the old name used as current in the policy's text beside a history row", () => {
    const text = `${log("| 2.3 | 02/10/2017 | Replaced the remaining references to CRB checks with DBS checks | Orla Venn |")}\nEvery elf must hold a CRB check before the first shift.\n`;
    expect(found(text)).toEqual(["CRB check"]);
  });

  it("prose outside a change log: 'please update your CRB check to the new form'", () => {
    expect(found("Please replace your CRB check with Form B when it runs out.")).toHaveLength(1);
  });
});
