/**
 * A Japanese school's bilingual policy writes its lead as "安全管理責任者 / Designated Safeguarding Lead: 山田 恵子 Keiko
 * Yamada（教頭 / Deputy Head）" — a full-width bracket straight after the name (held-out set zz82). Full-width
 * punctuation is read as its ASCII form, so the lead is named. In our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const policy = (lead: string, deputy: string) =>
  [
    "# Hollowmere Chinese School – Safeguarding Policy",
    "",
    lead,
    "",
    deputy,
    "",
    "Next review: 1 September 2027",
    "",
  ].join("\n");

describe("a lead's name before full-width punctuation", () => {
  it("is read: the lead and the deputy are named", () => {
    const text = policy(
      "安全责任人 / Designated Safeguarding Lead: 王 丽 Li Wang（副校长 / Deputy Head）",
      "副责任人 / Deputy DSL：Chen Zhou（教师 / Teacher）",
    );
    expect(checkText(leadMissing, text, { asOf })).toEqual([]);
    expect(checkText(deputyMissing, text, { asOf })).toEqual([]);
  });

  it("near miss: a role with only a placeholder after its full-width colon is still missing", () => {
    const text = policy("Designated Safeguarding Lead：（待定 / to be confirmed）", "Deputy DSL: Chen Zhou");
    expect(checkText(leadMissing, text, { asOf })).toHaveLength(1);
  });
});
