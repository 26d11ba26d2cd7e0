/**
 * A training record written as a form's fields, as the seventy-ninth held-out set wrote it, in our own words; every
 * name is invented: a person's name on a line, then "Course (provider) – Completed: Y / Date: 02.05.23" under it.
 * With the "Date:" field left empty the record is undated; filled in, it is dated. As of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function workshop(line: string): string {
  return [
    "# Kilnworth Young Makers — Safeguarding",
    "",
    "Designated Safeguarding Lead: Ines Marlowe (Workshop Manager)",
    "",
    "## Training",
    "",
    "Ines Marlowe",
    "Designated Safeguarding Lead training (county partnership) – Completed: Y / Date: 02.05.23",
    "",
    "Rafe Coultard (Workshop Leader, Saturday Forge)",
    line,
    "",
  ].join("\n");
}

describe("a course line whose 'Date:' field is left empty", () => {
  it("is an undated record of the person named above it", () => {
    for (const line of [
      "Safeguarding Children Online (NSPCC) – Completed: Y / Date:",
      "Safeguarding Children Online (NSPCC) – Date:",
    ]) {
      const text = workshop(line);
      const found = checkText(trainingUndated, text, { asOf });
      expect(found, line).toHaveLength(1);
      expect(found[0].message, line).toContain("Rafe Coultard");
      expect(excerpts(found, text)[0], line).toContain("Safeguarding Children Online");
    }
  });

  it("reads the field filled in as the date (near miss)", () => {
    const text = workshop("Safeguarding Children Online (NSPCC) – Completed: Y / Date: 19.09.25");
    expect(checkText(trainingUndated, text, { asOf })).toEqual([]);
    const stale = checkText(trainingStale, text, { asOf });
    expect(stale).toHaveLength(1);
    expect(stale[0].message).toContain("Ines Marlowe");
  });
});
