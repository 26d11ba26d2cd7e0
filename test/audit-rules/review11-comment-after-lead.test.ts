/**
 * A comment after a lead's label ("Designated Safeguarding Lead: <!-- TODO: add the lead's name -->") is the
 * template's note where the name should be: lead-missing quotes it. Only a comment straight before `<ins>` (a
 * Markdown copy of a Word file's tracked change, "<!-- del: old --><ins>new</ins>") is read as a reader sees it,
 * blanked (z41-tracked-change-lead). Review 10 (issue 11), in our own words; every name is invented. As of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const policy = (leadLine: string) =>
  [
    "# Ferndale Under-Fives — Safeguarding Policy",
    "",
    leadLine,
    "",
    "Our Deputy Designated Safeguarding Lead is Mr Idris Boland.",
    "",
  ].join("\n");

describe("a comment where the lead's name should be", () => {
  it("is quoted as the placeholder that stands for the name", () => {
    const found = checkText(
      leadMissing,
      policy("Designated Safeguarding Lead: <!-- TODO: add the lead's name -->"),
      {
        asOf,
      },
    );
    expect(found.map((f) => f.message)).toHaveLength(1);
    expect(found[0]?.message).toContain("stands where the name should be");
    expect(found[0]?.message).toContain("TODO");
  });

  it("near miss: a tracked change's deleted name before <ins> is not read, the inserted one is the lead", () => {
    const text = policy(
      "Designated Safeguarding Lead: <!-- del: Mrs Nia Carrow --><ins>Ms Ruth Anable</ins>",
    );
    expect(checkText(leadMissing, text, { asOf })).toEqual([]);
  });
});
