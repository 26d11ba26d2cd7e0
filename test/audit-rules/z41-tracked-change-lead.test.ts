/**
 * training-missing (issue 11, held-out set zz41), in our own words; every name is invented. As of 3 December 2026.
 * A Markdown copy of a Word file keeps a tracked change of the lead as the deleted words in a comment and the
 * inserted words in `<ins>` ("Welfare Officer: <!-- del: old --><ins>new</ins>"): a reader sees only the new name, so
 * the new name is the lead, and a training table that lists the former lead but not the new one is missing theirs.
 * Near misses: the new lead with their own row is trained; a comment on a line of its own is left as it is.
 */
import { describe, expect, it } from "vitest";
import { rule as missing } from "../../src/audit/rules/training-missing.js";
import { checkText, excerpts, namesFor } from "../helpers/audit-context.js";

const asOf = "2026-12-03";

const policy = (leadLine: string, rows: string[]) =>
  [
    "# Millbeck Youth Rowing — Safeguarding Policy",
    "",
    leadLine,
    "**Deputy Welfare Officer:** Mr Tomos Ellery, 07700 900144",
    "",
    "## Training",
    "",
    "| Name | Course | Completed |",
    "| --- | --- | --- |",
    ...rows,
    "",
  ].join("\n");

const rows = [
  "| Mr Tomos Ellery | Safeguarding and Protecting Children | 14/05/2025 |",
  "| Mrs Gwen Sallow | Designated Safeguarding Lead Level 3 | 03/2025 |",
];

describe("a lead changed by a tracked change in a Markdown copy", () => {
  it("reads the inserted name as the lead, not the deleted one", () => {
    for (const leadLine of [
      "**Welfare Officer:** <!-- del: Mrs Gwen Sallow, 07700 900321 --><ins>Ms Priya Oduya-Kent, 07700 900654</ins>",
      "Designated Safeguarding Lead: <!-- del: Mrs Gwen Sallow --><ins>Ms Priya Oduya-Kent</ins>, 07700 900654",
    ]) {
      const text = policy(leadLine, rows);
      const found = checkText(missing, text, { asOf });
      expect(excerpts(found, text), leadLine).toEqual(["Ms Priya Oduya-Kent"]);
    }
  });

  it("is silent when the new lead has their own row (and the former lead none)", () => {
    // No row for the former lead: were the deleted name read as the lead, it would be reported untrained.
    const text = policy("**Welfare Officer:** <!-- del: Mrs Gwen Sallow --><ins>Ms Priya Oduya-Kent</ins>", [
      rows[0] ?? "",
      "| Ms Priya Oduya-Kent | Designated Safeguarding Lead Level 3 | 10/01/2026 |",
    ]);
    expect(checkText(missing, text, { asOf })).toEqual([]);
    // Silent because the new lead is found and trained, not because no lead is found at all.
    expect(namesFor(text, "md", "dsl")).toEqual(["Ms Priya Oduya-Kent"]);
  });

  it("still reads a lead line under a comment of its own", () => {
    const text = policy(
      "<!-- changed in January -->\n**Welfare Officer:** Ms Priya Oduya-Kent, 07700 900654",
      rows,
    );
    expect(excerpts(checkText(missing, text, { asOf }), text)).toEqual(["Ms Priya Oduya-Kent"]);
  });
});
