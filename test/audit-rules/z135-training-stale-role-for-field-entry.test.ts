/**
 * training-stale (held-out set zz135), in our own words; every name is invented; as of 1 December 2026. In a training
 * list, "● Miss Ines Tarrow — Designated Safeguarding Lead for early years, 03/02/2026" is her course (the lead's
 * title for the part she leads, then a date), not a line heading the entries under it: the next entry, "Mr Kofi Brandt
 * — Deputy DSL training 09/2024; residential trips course 02/2025", is Mr Brandt's, and his designated lead training
 * of September 2024 lapsed at 24 months — a residential trips course is not a renewal of it. Near miss: with his
 * deputy training of 09/2025 nothing is stale.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const lines = [
  "Safeguarding Policy",
  "Designated Safeguarding Lead: Mrs Petra Lindqvist, Deputy Head",
  "EYFS DSL (Nursery, ages 2–4): Miss Ines Tarrow, Head of Nursery",
  "Deputy DSL: Mr Kofi Brandt, Head of Outdoor Learning",
  "Deputy DSL: Mrs Ada Okafor, Head of Juniors",
  "Training of the safeguarding team",
];
const entries = (deputyDate: string) => [
  "Mrs Lindqvist — DSL training (county partnership, two days) 12/05/2025",
  "Miss Tarrow — Designated Safeguarding Lead for early years, 03/02/2026",
  `Mr Brandt — Deputy DSL training ${deputyDate}; residential trips course 02/2025`,
  "Mrs Okafor — DSL training 22/09/2025",
];
const md = (d: string) =>
  markdownDocument(
    [
      `# ${lines[0]}`,
      "",
      ...lines.slice(1, 5).flatMap((l) => [l, ""]),
      `## ${lines[5]}`,
      "",
      ...entries(d).map((e) => `- ${e}`),
      "",
    ].join("\n"),
  );
const docx = (d: string) =>
  wordDocument(
    `<h1>${lines[0]}</h1>${lines
      .slice(1, 5)
      .map((l) => `<p>${l}</p>`)
      .join("")}<h2>${lines[5]}</h2><ul>${entries(d)
      .map((e) => `<li>${e}</li>`)
      .join("")}</ul>`,
  );

describe("an early years lead's entry in a training list", () => {
  it.each([
    ["md", md],
    ["docx", docx],
  ] as const)("leaves the next entry its own person, whose lead training lapsed (%s)", (_, make) => {
    const document = make("09/2024");
    const stale = run(trainingStale, document);
    expect(stale.length).toBe(1);
    expect(stale[0].message).toMatch(/^Mr Brandt's/);
    expect(run(trainingUndated, document)).toEqual([]);
  });

  it("stays quiet when every lead course is current", () => {
    expect(run(trainingStale, md("09/2025"))).toEqual([]);
  });
});
