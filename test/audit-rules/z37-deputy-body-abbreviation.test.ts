/**
 * A lead's role defined with an abbreviation that takes its first letter from the body's name before the role —
 * "Society Safeguarding Officer (SSO)", "Group Welfare Officer (GWO)" — and a deputy named only as "Deputy SSO"
 * in a contacts table: the deputy is named (fictional societies, our own words).
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function found(sentence: string, post: string): number {
  const text = `# Kestrel Model Railway Society\n\n${sentence}\n\n## Contacts\n\n| Post | Name | Phone |\n| --- | --- | --- |\n| Safeguarding | Mr Owen Pryce | 07700 900 201 |\n| ${post} | Mrs Dana Holt | 07700 900 202 |\n`;
  return checkText(deputyMissing, text, { asOf, format: "md" }).length;
}

describe("a deputy named by an abbreviation that includes the body's initial", () => {
  it("reads the deputy of a role whose abbreviation starts with the body's name", () => {
    expect(
      found(
        "The Society Safeguarding Officer (SSO) handles every concern; the Deputy SSO acts when the SSO is away.",
        "Deputy SSO",
      ),
    ).toBe(0);
    expect(
      found(
        "Each concern goes to the Group Welfare Officer (GWO), or to the Deputy GWO in their absence.",
        "Deputy GWO",
      ),
    ).toBe(0);
  });

  it("still warns when no deputy is named, or the abbreviation does not fit the words before it", () => {
    expect(found("The Society Safeguarding Officer (SSO) handles every concern.", "Treasurer")).toBe(1);
    expect(found("The Safeguarding Officer (KMR) handles every concern.", "Deputy KMR")).toBe(1);
  });
});
