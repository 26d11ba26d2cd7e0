/**
 * Shapes a reviewer found (issue 11), in our own words; every name is invented:
 * - a person's list of regulated qualifications in other subjects, "· Level 2 Award in Food Safety. March 2019": not
 *   safeguarding training, so never lapsed as one — a Level N qualification is safeguarding only when its subject
 *   names safeguarding, child protection or abuse, or is a course known by its name;
 * - a course booked for later, "· Next DSL refresher (date to follow)", under a lead with a current dated course: a
 *   future booking, not an undated record.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const FORMATS = ["md", "docx", "pdf"] as const;

function leadPolicy(lines: string[]): string {
  return [
    "# Brackenford Little Explorers – Safeguarding Policy",
    "",
    "## 2. Who looks after safeguarding",
    "",
    "Our Designated Safeguarding Lead is Rosalind Pettigrew, nursery manager (07700 900 412).",
    "",
    "Rosalind Pettigrew",
    "",
    "· Designated Safeguarding Lead training (Brackenford SCP). October 2025",
    ...lines,
    "",
    "All practitioners complete safeguarding awareness training every three years.",
    "",
  ].join("\n");
}

describe("a Level N qualification in another subject under a person's name is not lapsed safeguarding training", () => {
  for (const line of [
    "· Level 2 Certificate in the Safe Handling of Medicines. March 2019",
    "· Level 2 Award in Food Safety. March 2019",
    "· Level 2 Certificate in Understanding Children's Sleep. March 2019",
    "· Level 2 Award in Risk Assessment. March 2019",
  ])
    for (const format of FORMATS)
      it(`${line} (${format})`, () => {
        expect(checkText(trainingStale, leadPolicy([line]), { asOf, format })).toEqual([]);
      });

  for (const line of [
    "· Level 2 Award in Child Protection. March 2019",
    "· Level 2 Award in Keeping Children Safe. March 2019",
  ])
    it(`${line} still lapses (near miss)`, () => {
      const text = leadPolicy([line]);
      expect(excerpts(checkText(trainingStale, text, { asOf }), text)).toEqual([
        expect.stringContaining(line.slice(2, 30)),
      ]);
    });
});

describe("a course booked for later with its date to follow is not an undated record", () => {
  for (const line of [
    "· Next DSL refresher (date to follow)",
    "· Prevent refresher booked with the county (date to be confirmed)",
    "· DSL refresher planned for the spring (date to follow)",
  ])
    for (const format of FORMATS)
      it(`${line} (${format})`, () => {
        expect(checkText(trainingUndated, leadPolicy([line]), { asOf, format })).toEqual([]);
      });

  it("a course done with its date to follow is still undated (near miss)", () => {
    const text = leadPolicy(["· Prevent awareness training completed (date to follow)"]);
    expect(excerpts(checkText(trainingUndated, text, { asOf }), text)).toEqual([
      expect.stringContaining("Prevent awareness"),
    ]);
  });
});
