/**
 * training-missing (held-out set zz137), in our own words; every name is invented. A league's policy says its member
 * clubs look after their own players "and each must have its own Club Welfare Officer", then lists those officers in
 * a table: they are the clubs' officers, not the league's lead or deputy, so the league's policy owes no record of
 * their training. As of 1 December 2026. Near miss: where the sentence gives the clubs no officer of their own, the
 * table's officers are read as before.
 */
import { describe, expect, it } from "vitest";
import { rule as missing } from "../../src/audit/rules/training-missing.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const policy = (sentence: string) =>
  [
    "# Dunmere Valley Junior Hockey League",
    "",
    "## Safeguarding Policy",
    "",
    `The League runs no teams itself: ${sentence}`,
    "",
    "### 2. The League's officers",
    "",
    "**League Welfare Officer** (the lead for safeguarding in the League)",
    "Name: Mrs Odile Fairweather-Kane",
    "Safeguarding Children course: completed 03/2026",
    "",
    "**Deputy League Welfare Officer**",
    "Name: Mr Rhys Okonjo-Platt",
    "Safeguarding Children course: completed 05/2025",
    "",
    "### 3. Member clubs",
    "",
    "| Club | Club Welfare Officer | Phone |",
    "|---|---|---|",
    "| Pellow Bridge Juniors | Mr Anil Sethuraman | 07700 900 720 |",
    "| Tarn Green Hockey Club | Ms Jocasta Wyre | 07700 900 721 |",
    "",
  ].join("\n");

describe("training-missing: a league's member clubs, 'and each must have its own' officer", () => {
  it("does not ask the league's policy for the clubs' officers' training", () => {
    const text = policy(
      "every member club is responsible for its own players, coaches and helpers, and each must have its own Club Welfare Officer.",
    );
    expect(checkText(missing, text, { asOf, format: "md" })).toEqual([]);
  });

  it("near miss: a sentence that gives the clubs no officer of their own leaves the table's officers as leads", () => {
    const text = policy("every member club is responsible for its own players, coaches and helpers.");
    expect(checkText(missing, text, { asOf, format: "md" }).length).toBeGreaterThan(0);
  });
});
