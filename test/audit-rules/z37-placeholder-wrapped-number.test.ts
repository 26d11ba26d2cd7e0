/**
 * A phone number with X's for its last digits, cut by a line break (a PDF's narrow table cell wraps "07700 9XX XXX"
 * after "9XX"), is one placeholder: the whole number, found where it starts — not the X's alone on the next line
 * (issue 11, held-out set zz38). In our own words; every number is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as placeholderText } from "../../src/audit/rules/placeholder-text.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const found = (text: string, format: "md" | "pdf" = "pdf") =>
  excerpts(checkText(placeholderText, text, { asOf, format }), text);

describe("a placeholder phone number cut by a line break", () => {
  const cases: Array<[string, string]> = [
    ["Deputy Officers Mrs Ann Lowry 01632 960 200 / 07700 9XX\nXXX\n", "07700 9XX\nXXX"],
    ["Welfare Officer Mr Dev Iyer 0161 49X\nXXXX\n", "0161 49X\nXXXX"],
    ["Club phone: 01632\n96XXXX (evenings)\n", "01632\n96XXXX"],
  ];
  for (const [cut, number] of cases)
    it(JSON.stringify(cut), () => {
      const text = `# Safeguarding Policy\n\n${cut}\nWe review this policy every year.\n`;
      expect(found(text)).toEqual([number]);
    });

  it("the same number on one line is one placeholder too", () => {
    expect(found("# Policy\n\nDeputy: Mrs Ann Lowry, 07700 9XX XXX\n", "md")).toEqual(["07700 9XX XXX"]);
  });

  it("a whole number ending a line does not take the X's on the next: they stay a placeholder of their own", () => {
    const text = "# Safeguarding Policy\n\nWelfare Officer Mr Dev Iyer 07700 900418\nXXX\n";
    expect(found(text)).toEqual(["XXX"]);
  });

  it("a whole number cut by a line break is no placeholder", () => {
    expect(found("# Safeguarding Policy\n\nWelfare Officer Mr Dev Iyer 07700\n900418\n")).toEqual([]);
  });
});
