/**
 * training-stale (issue 11, REVIEW9's findings on 83ffe50), in our own words; every name is invented. As of
 * 3 December 2026.
 * - A training matrix's name whose surname has a capital inside it ("McKay", "MacRae", "DuPont", "DE") is the
 *   person's whole name: the finding names them in full, never "Mrs Kate's". Letters after a name (a known body's
 *   "MCSP", "FRCO", a degree, or other capitals after a full name) still go.
 * - A certificate from a safeguarding provider ("NSPCC certificate", "Educare certificate") is a safeguarding course:
 *   its old date is stale. A certificate in another subject ("Boat Handling certificate") stays silent.
 */
import { describe, expect, it } from "vitest";
import { rule as missing } from "../../src/audit/rules/training-missing.js";
import { rule as stale } from "../../src/audit/rules/training-stale.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-03";

const matrix = (leadName: string) =>
  [
    "# Pentreath Playgroup — Safeguarding Policy",
    "",
    `Designated Safeguarding Lead: ${leadName}`,
    "",
    "Deputy Designated Safeguarding Lead: Mr Jory Bolitho",
    "",
    "| Name | Designated lead (Level 3) | Safeguarding awareness |",
    "| --- | --- | --- |",
    `| ${leadName} | ✓ 12/05/2022 | ✓ 2025 |`,
    "| Mr Jory Bolitho | ✓ 03/10/2025 | ✓ 2025 |",
    "| All staff | – | ✓ every 3 years, at induction |",
    "",
  ].join("\n");

const staleNames = (text: string) =>
  checkText(stale, text, { asOf }).map((f) => /^(.*?)'s most recent/.exec(f.message)?.[1] ?? f.message);

describe("a matrix's surname with a capital inside it", () => {
  it("is part of the name, not letters after it", () => {
    for (const name of [
      "Mrs Tamsin McKay",
      "Mr Iain MacRae",
      "Ms Ann DE",
      "Mr Piran DuPont",
      "Mrs Elowen McLean",
      "Ms Kerra O'Neill",
      "Mrs Kate MCKAY",
      "Ms Ann DEE",
    ]) {
      expect(staleNames(matrix(name))).toEqual([name]);
    }
  });

  it("a lead's surname in capitals, listed in the matrix, has their training", () => {
    expect(checkText(missing, matrix("Ms Ann DE"), { asOf })).toEqual([]);
    const notListed = matrix("Ms Ann DE").replace("Mr Jory Bolitho | ✓", "Mr Jory Pascoe | ✓");
    expect(checkText(missing, notListed, { asOf }).map((f) => f.message)).toEqual([
      expect.stringContaining("none for Mr Jory Bolitho"),
    ]);
  });

  it("near miss: letters after a name still go", () => {
    for (const [written, name] of [
      ["Mrs E. Vaughan-Rees MCSP", "Mrs E. Vaughan-Rees"],
      ["Dr M. Okonjo-Hale FRCO", "Dr M. Okonjo-Hale"],
      ["Mrs Tamsin McKay BSc NPQH", "Mrs Tamsin McKay"],
      ["Mr Iain MacRae MA (Oxon)", "Mr Iain MacRae"],
      ["Mrs Tamsin Rowe FRAS", "Mrs Tamsin Rowe"],
    ]) {
      expect(staleNames(matrix(written))).toEqual([name]);
    }
  });
});

const courseTable = (course: string) =>
  [
    "# Pentreath Playgroup — Safeguarding Policy",
    "",
    "Designated Safeguarding Lead: Mrs Morwenna Hocking",
    "",
    "Deputy Designated Safeguarding Lead: Mr Jory Bolitho",
    "",
    "| Name | Course | Completed |",
    "| --- | --- | --- |",
    "| Mr Jory Bolitho | Designated Safeguarding Lead training | 14/05/2025 |",
    `| Mrs Morwenna Hocking | ${course} | 18/11/2018 |`,
    "",
  ].join("\n");

describe("a safeguarding provider's certificate", () => {
  it("is a safeguarding course: its old date is stale", () => {
    for (const course of [
      "NSPCC certificate",
      "Educare certificate",
      "EduCare certificate",
      "Virtual College certificate",
      "Thirtyone:eight accreditation",
      "CPSU certificate",
    ]) {
      expect([course, ...checkText(stale, courseTable(course), { asOf }).map((f) => f.message)]).toEqual([
        course,
        expect.stringContaining("Mrs Morwenna Hocking's most recent"),
      ]);
    }
  });

  it("near miss: another subject's certificate stays silent", () => {
    for (const course of ["Boat Handling certificate", "Registered Dance Teacher status"]) {
      expect([course, ...checkText(stale, courseTable(course), { asOf })]).toEqual([course]);
    }
  });
});
