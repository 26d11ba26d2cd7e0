/**
 * training-stale (held-out set zz125), in our own words; every name is invented. As of 1 December 2026. A course
 * "led by the co-DSLs", "delivered by our DSL" or "run by the Designated Safeguarding Lead" is an awareness course the
 * lead gives the team, not the lead's own course: it runs three years like any other course, not the two of a
 * designated lead's. A whole team's row with a completion date is the team's record (as "| All staff | … | 14/03/2018
 * |" already is), judged over those three years. A lead's own course delivered by someone else ("DSL (Level 3)
 * delivered by the council") is still a lead's course, and a team session too old even for three years still lapses.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { found, markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

type Row = [who: string, course: string, done: string];

const markdown = (rows: Row[]) =>
  markdownDocument(
    [
      "# Larkspur Saturday School – Safeguarding Policy",
      "",
      "Designated Safeguarding Lead: Ottilie Brannagh-Ward",
      "",
      "Deputy Designated Safeguarding Lead: Mr Hamish Oyelaran",
      "",
      "## 3. Training",
      "",
      "| Name | Course | Completed |",
      "|---|---|---|",
      ...rows.map(([w, c, d]) => `| ${w} | ${c} | ${d} |`),
      "",
    ].join("\n"),
  );

const word = (rows: Row[]) =>
  wordDocument(
    [
      "<h1>Larkspur Saturday School – Safeguarding Policy</h1>",
      "<p>Designated Safeguarding Lead: Ottilie Brannagh-Ward</p>",
      "<p>Deputy Designated Safeguarding Lead: Mr Hamish Oyelaran</p>",
      "<h2>3. Training</h2>",
      "<table><tr><td><p>Name</p></td><td><p>Course</p></td><td><p>Completed</p></td></tr>",
      ...rows.map((r) => `<tr>${r.map((c) => `<td><p>${c}</p></td>`).join("")}</tr>`),
      "</table>",
    ].join("\n"),
  );

describe("training-stale: a course led by the designated lead is the team's awareness course", () => {
  it("stays quiet for a team's or a person's course led, delivered or run by the lead, within three years", () => {
    for (const row of [
      ["All teachers and helpers", "Whole-team awareness session led by the co-DSLs", "7 September 2024"],
      ["All volunteers", "Safeguarding update delivered by our DSL", "10/2024"],
      ["Everyone", "Basic awareness, run by the Designated Safeguarding Lead", "October 2024"],
      ["Priya Vandersloot", "Induction session given by the DSL and deputy DSL", "18/10/2024"],
    ] as Row[]) {
      expect(run(trainingStale, markdown([row])), row[1]).toEqual([]);
      expect(run(trainingStale, word([row])), row[1]).toEqual([]);
    }
  });

  it("still reports a lead's own course delivered by others, and a team session older than three years", () => {
    const rows: Row[] = [
      [
        "Ottilie Brannagh-Ward",
        "Designated Safeguarding Lead (Level 3) delivered by the council",
        "20/09/2024",
      ],
      ["All teachers and helpers", "Whole-team awareness session led by the DSL", "14/03/2023"],
    ];
    for (const doc of [markdown(rows), word(rows)])
      expect(found(run(trainingStale, doc), doc)).toEqual([
        expect.stringContaining("Designated Safeguarding Lead (Level 3) delivered by the council"),
        expect.stringContaining("Whole-team awareness session led by the DSL"),
      ]);
  });
});
