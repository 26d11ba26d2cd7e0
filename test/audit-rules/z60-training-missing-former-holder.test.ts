/**
 * A former holder named in a version or change history — a table headed "| Version | Adopted | Changes |" (its
 * date column named for what happened on it), any table under a heading "Version history", "Change log",
 * "Revision history" — or said to have been replaced ("Kate Summers replaced Brian Tolley as Club Welfare Officer",
 * "took over from …", "succeeded …") is not the lead now: the policy need list no training for them. The current
 * lead still needs it. From the sixtieth held-out set (issue 11), in our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const missing = (text: string) => checkText(trainingMissing, text, { asOf }).map((f) => f.message);

const policy = (...tail: string[]) =>
  [
    "# Brackenwell Junior Fencing — Safeguarding Policy",
    "",
    "Club Welfare Officer: Joanna Pike (07700 900810)",
    "",
    "Deputy Club Welfare Officer: Colm Hurley (07700 900811)",
    "",
    "## Training",
    "",
    "| Name | Role | Course | Completed |",
    "| --- | --- | --- | --- |",
    "| Joanna Pike | Club Welfare Officer | Welfare officer course | 03/2026 |",
    "| Colm Hurley | Deputy Club Welfare Officer | Welfare officer course | 04/2026 |",
    "",
    ...tail,
    "",
  ].join("\n");

describe("a former holder in a version or change history", () => {
  it.each([
    [
      "a version table whose date column is headed Adopted",
      "## History of this policy",
      "",
      "| Version | Adopted | Changes |",
      "| --- | --- | --- |",
      "| 1.0 | 12/05/2023 | First policy. Club Welfare Officer: Ewan Threlkeld. |",
      "| 2.0 | 12/05/2025 | Contacts updated. |",
    ],
    [
      "a table under a Change log heading",
      "## Change log",
      "",
      "| When | What changed |",
      "| --- | --- |",
      "| May 2023 | Club Welfare Officer: Ewan Threlkeld |",
      "| May 2025 | New deputy added |",
    ],
    [
      "a table under a Revision history heading, numbered",
      "## 9. Revision history",
      "",
      "| Rev | Approved | Notes |",
      "| --- | --- | --- |",
      "| A | 12/05/2023 | Welfare Officer Ewan Threlkeld named |",
    ],
  ])("names no lead now: %s", (_what, ...lines) => {
    expect(missing(policy(...lines))).toEqual([]);
  });

  it.each([
    "In May 2025 Joanna Pike replaced Ewan Threlkeld as Club Welfare Officer.",
    "Joanna Pike took over from Ewan Threlkeld as Club Welfare Officer in 2025.",
    "Joanna Pike succeeded Mr Ewan Threlkeld as Club Welfare Officer last spring.",
  ])("names no lead in the one replaced: %s", (sentence) => {
    expect(missing(policy(sentence))).toEqual([]);
  });

  it("near miss: a contacts table with a date column, under no history heading, still names the lead", () => {
    const text = policy(
      "## Who to contact",
      "",
      "| Role | Name | Date appointed |",
      "| --- | --- | --- |",
      "| Club Welfare Officer | Ewan Threlkeld | 12/05/2025 |",
    );
    const found = missing(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain("Ewan Threlkeld");
  });

  it("near miss: the one who took over, with no training listed, is still reported", () => {
    const text = policy("Ewan Threlkeld replaced Joanna Pike as Club Welfare Officer in 2025.").replace(
      "Club Welfare Officer: Joanna Pike (07700 900810)",
      "Club Welfare Officer: Ewan Threlkeld (07700 900810)",
    );
    const found = missing(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain("Ewan Threlkeld");
  });
});
