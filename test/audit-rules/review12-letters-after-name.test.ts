/**
 * training-stale and the names of a list (issue 11, review 12 of 1cf7c10), in our own words; every name is
 * invented. As of 3 December 2026.
 * - Letters after a name that are two capitals — a Member of the Senedd's "MS" (in Welsh "AS"), an Assembly
 *   Member's "AM", a registered midwife's "RM", a Bachelor of Divinity's "BD" — are letters after it only after a
 *   full name: "Mr Tomos Rhydderch MS" is Mr Tomos Rhydderch, but "Mr A S Patel" and a single name before two
 *   capitals keep their initials.
 * - Letters written with dots ("J.P.", "M.B.E.") are the same letters.
 */
import { describe, expect, it } from "vitest";
import { rule as stale } from "../../src/audit/rules/training-stale.js";
import { namesAt } from "../../src/audit/text/people.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-03";

const matrix = (leadName: string, rowName = leadName) =>
  [
    "# Cwm Isaf Toddler Group — Safeguarding Policy",
    "",
    `Designated Safeguarding Lead: ${leadName}. Deputy Designated Safeguarding Lead: Mrs Heledd Prosser.`,
    "",
    "| Name | DSL course | Basic awareness |",
    "| --- | --- | --- |",
    `| ${rowName} | 04/02/2020 | 11/09/2026 |`,
    "| Mrs Heledd Prosser | 15/03/2026 | 11/09/2026 |",
    "",
  ].join("\n");

const staleNames = (text: string) =>
  checkText(stale, text, { asOf }).map((f) => /^(.*?)'s most recent/.exec(f.message)?.[1] ?? f.message);

describe("letters after a matrix's name", () => {
  it.each(["MS", "AS", "AM", "RM", "J.P.", "M.B.E.", "OBE J.P."])(
    "are not part of the name: Mr Emrys Pennant %s",
    (letters) => {
      expect(staleNames(matrix(`Mr Emrys Pennant ${letters}`))).toEqual(["Mr Emrys Pennant"]);
    },
  );

  it("a Bachelor of Divinity after a minister's name", () => {
    expect(staleNames(matrix("Revd Emrys Pennant BD"))).toEqual(["Revd Emrys Pennant"]);
  });

  it("near miss: initials and surnames are not cut", () => {
    expect(staleNames(matrix("Mr A S Patel"))).toEqual(["Mr A S Patel"]);
    expect(staleNames(matrix("Ms Amy Ross"))).toEqual(["Ms Amy Ross"]);
    // Two capitals after a single word of name may be its initials: the row keeps them.
    expect(staleNames(matrix("Mr Pennant", "Mr Pennant AM"))).toEqual(["Mr Pennant AM"]);
  });
});

describe("letters after a name in a list of names", () => {
  it("dotted letters are passed over before the next name", () => {
    expect(namesAt("Mr Emrys Pennant J.P. and Ms Amy Ross").map((n) => n.name)).toEqual([
      "Mr Emrys Pennant",
      "Ms Amy Ross",
    ]);
    expect(namesAt("Mr A S Patel and Ms Amy Ross").map((n) => n.name)).toEqual([
      "Mr A S Patel",
      "Ms Amy Ross",
    ]);
  });
});
