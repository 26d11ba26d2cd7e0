/**
 * training-missing (held-out set zz137), in our own words; every name is invented. A parents' group's lead writes in
 * the first person ("I'm … the group's **Safeguarding Lead**"), names a deputy, and names one parent each term as the
 * **Safeguarding Contact** on activity days, in a rota table: "They pass every concern to me (or Ravi) the same day."
 * Those parents hand concerns on to the lead, so they are not leads whose training the policy owes, in Markdown and
 * Word. Near miss: a Safeguarding Contact who is not said to pass concerns on (the only lead the policy has) is still
 * reported when others' training is listed and none is theirs.
 */
import { describe, expect, it } from "vitest";
import { rule as missing } from "../../src/audit/rules/training-missing.js";
import { markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const PASSES = "They pass every concern to me (or Ravi) the same day.";

const lines = (passes: string) => [
  "I'm Odette Marchbank-Lyle, and the families asked me to be the group's Safeguarding Lead this year.",
  "If I'm not there, Ravi Thornbury is deputy safeguarding lead (07700 900 861).",
  `Each half-term we also name one parent as the Safeguarding Contact on activity days. They keep the first-aid box and the register. ${passes}`,
];
const ROTA = [
  ["Autumn 1", "Sunniva Halberd"],
  ["Autumn 2", "Kwabena Ostrowski"],
];
const TRAINING =
  "I completed the county's designated safeguarding lead course on 3 March 2026. Ravi did the same course on 12 February 2025.";

const markdown = (passes: string) =>
  markdownDocument(
    [
      "# Wildbrook Home Learners",
      "",
      "## 1. Who to talk to",
      "",
      ...lines(passes).flatMap((l) => [l, ""]),
      "| Half-term | Safeguarding Contact on activity days |",
      "|---|---|",
      ...ROTA.map((r) => `| ${r.join(" | ")} |`),
      "",
      "## 2. Training",
      "",
      TRAINING,
      "",
    ].join("\n"),
  );

const word = (passes: string) =>
  wordDocument(
    [
      "<h1>Wildbrook Home Learners</h1>",
      "<h2>1. Who to talk to</h2>",
      ...lines(passes).map((l) => `<p>${l}</p>`),
      "<table><tr><td><p><strong>Half-term</strong></p></td><td><p><strong>Safeguarding Contact on activity days</strong></p></td></tr>",
      ...ROTA.map((r) => `<tr>${r.map((c) => `<td><p>${c}</p></td>`).join("")}</tr>`),
      "</table>",
      "<h2>2. Training</h2>",
      `<p>${TRAINING}</p>`,
    ].join(""),
  );

describe("training-missing: session-day contacts who pass every concern to the lead", () => {
  for (const [format, document] of [
    ["md", markdown(PASSES)],
    ["docx", word(PASSES)],
  ] as const)
    it(`are not leads owed a training record (${format})`, () => {
      expect(run(missing, document)).toEqual([]);
    });

  it("near miss: a contact not said to hand concerns on is still reported", () => {
    const found = run(missing, markdown("They keep the incident book."));
    expect(found.map((f) => f.message)).toEqual([expect.stringContaining("Sunniva Halberd")]);
  });
});
