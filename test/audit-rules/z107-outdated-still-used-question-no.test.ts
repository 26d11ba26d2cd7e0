/**
 * A checklist asks whether the policy still uses an old body's name and answers "No": "Do we still list the Local
 * Safeguarding Children Board? No – the Partnership replaced it." That is history, not an out-of-date reference; the
 * same question answered "Yes" is the old name in use. From the held-out set zz107, in our own words; every name and
 * setting is invented. As of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const checklist = (answer: string) =>
  [
    "# Tidewater Junior Fencing Club – Safeguarding Checklist",
    "",
    `7. Does the club still contact the Local Safeguarding Children Board? ${answer}`,
    "8. Do coaches give lifts? No.",
    "",
  ].join("\n");

describe("a question whether an old name is still used", () => {
  it("answered No is history", () => {
    const text = checklist(
      "No – the Boards were abolished. We contact the Tidewater Safeguarding Children Partnership instead.",
    );
    expect(checkText(outdatedReference, text, { asOf })).toEqual([]);
  });

  it("answered Yes is the old name in use", () => {
    const found = checkText(outdatedReference, checklist("Yes – on 01632 960 555."), { asOf });
    expect(found).toHaveLength(1);
    expect(found[0].message).toMatch(/Local Safeguarding Children Board/);
  });
});
