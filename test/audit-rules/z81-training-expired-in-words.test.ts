/**
 * Shapes from the eighty-first held-out set (issue 11), in our own words; every name is invented:
 * - a course under a person's name that the policy itself says has expired ("- Level 3 – expired"), with no date: out
 *   of date by the policy's own word (training-stale), not a course whose date is missing (training-undated).
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const FORMATS = ["md", "docx", "pdf"] as const;

function policy(entry: string): string {
  return [
    "# Saltmarsh Pottery Kids – Safeguarding Policy",
    "",
    "## 2. Who looks after safeguarding",
    "",
    "Designated Safeguarding Lead: Hollis Fairbairn (Studio Manager), 07700 900 518",
    "",
    "Deputy DSL: Priya Ramaswamy (Lead Potter), 07700 900 519",
    "",
    "## 3. Training",
    "",
    "Hollis Fairbairn completed Designated Safeguarding Lead training on 3 March 2026.",
    "",
    "**Priya Ramaswamy**",
    "",
    entry,
    "- Kiln Safety Level 2 – 04/2025",
    "",
  ].join("\n");
}

describe("a course the policy says has expired, with no date, is stale", () => {
  for (const entry of [
    "- Level 3 – expired",
    "- Safeguarding Level 2 (lapsed)",
    "- Safeguarding Children course: expired",
  ])
    for (const format of FORMATS)
      it(`${entry} (${format})`, () => {
        const text = policy(entry);
        expect(checkText(trainingUndated, text, { asOf, format })).toEqual([]);
        const stale = checkText(trainingStale, text, { asOf, format });
        expect(stale.map((r) => r.message)).toEqual([
          expect.stringMatching(/Priya Ramaswamy.*(?:expired|lapsed)/),
        ]);
      });

  it("a course with its date missing is still undated (near miss)", () => {
    const text = policy("- Level 3 – no date recorded");
    expect(excerpts(checkText(trainingUndated, text, { asOf }), text)).toEqual([
      expect.stringContaining("Level 3"),
    ]);
    expect(checkText(trainingStale, text, { asOf })).toEqual([]);
  });
});
