/**
 * A deputy named in running text or a label's next line: "Name, a retired nurse, is our Assistant Club Welfare
 * Officer", "Name, Job title, acts as her deputy", "Name, the Youth Leader, who is her deputy", "| Name, deputy |"
 * in a contacts table, and a bold label whose name follows a Markdown hard line break ("**Deputy Welfare
 * Officer:**\" / "Name\"). From the eleventh and twelfth held-out sets (issue 11), in our own words; every name
 * is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(deputy: string): string {
  return [
    "# Hollowmere Canoe Club — Safeguarding Policy",
    "",
    "## Who to contact",
    "",
    "Our Club Welfare Officer is Maya Lindqvist (07700 900 100, welfare@canoe.example.org).",
    "",
    deputy,
    "",
    "Tell the Club Welfare Officer or the deputy about any concern on the same day.",
    "",
  ].join("\n");
}

describe("a deputy named in prose or under a label", () => {
  it("is named", () => {
    for (const deputy of [
      "Ines Calloway, a retired\nteacher, is our Assistant Club Welfare Officer and covers when\nMaya is away (07700 900 101).",
      "When Maya is on leave, Tobias Renner, Outreach Officer, acts as her deputy (01632 960 111).",
      "If she is away, speak to Mr Ivo Sandoval, the Youth Leader, who is her deputy (07700 900 333).",
      "| Who | Telephone |\n| --- | --- |\n| Maya Lindqvist, Club Welfare Officer | 07700 900 100 |\n| Tobias Renner, deputy | 01632 960 111 |",
      "**Deputy Club Welfare Officer:**\\\nOisin Farquhar\\\n07700 900722",
      "**Deputy Club Safeguarding Officer:**\\\nDeclan Moorcroft\\\n07700 900722",
    ]) {
      expect.soft(checkText(deputyMissing, policy(deputy), { asOf }), deputy).toEqual([]);
    }
  });

  it("is still missing when no deputy is named", () => {
    for (const deputy of [
      "Our deputy will be appointed at the AGM.",
      "The Head Coach acts as deputy manager of the boathouse.",
      "**Deputy Club Welfare Officer:**\\\nTo be appointed\\\n07700 900722",
    ]) {
      expect(checkText(deputyMissing, policy(deputy), { asOf }), deputy).toHaveLength(1);
    }
  });
});
