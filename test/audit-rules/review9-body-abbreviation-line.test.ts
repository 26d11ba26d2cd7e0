/**
 * deputy-missing (review 9 of a3f3e28, issue 11), in our own words; names are invented: the body's name that gives a
 * role's abbreviation its first initial is read on the role's line, one word before two — "Our Senior Safeguarding
 * Officer (SSO)" takes "Senior", and a heading's last word over "Club Welfare Officer (CWO):" is no part of it.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function found(body: string, post: string): number {
  const text = `# Heron Rowing Club\n\n${body}\n\n## Contacts\n\n| Post | Name | Phone |\n| --- | --- | --- |\n| ${post} | Mr Kit Marlow | 07700 900 302 |\n`;
  return checkText(deputyMissing, text, { asOf, format: "md" }).length;
}

describe("a body's word before the role, on its line", () => {
  it("one capitalised word before the role when two would not fit", () => {
    expect(found("Our Senior Safeguarding Officer (SSO) is Mrs Lena Voss.", "Deputy SSO")).toBe(0);
  });

  it("not across a heading's line break", () => {
    expect(
      found("## Designated Safeguarding Lead\n\nClub Welfare Officer (CWO): Mrs Lena Voss", "Deputy CWO"),
    ).toBe(0);
  });

  it("two words still when the body's name has two", () => {
    expect(found("The Heron Rowing Welfare Officer (HRWO) is Mrs Lena Voss.", "Deputy HRWO")).toBe(0);
  });

  it("still warns when no deputy is named", () => {
    expect(found("Our Senior Safeguarding Officer (SSO) is Mrs Lena Voss.", "Treasurer")).toBe(1);
  });
});
