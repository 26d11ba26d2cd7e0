/**
 * training-missing and deputy-missing (held-out set zz135), in our own words; every name is invented; as of 1
 * December 2026. "The Head of Boarding is a deputy DSL" in a PDF whose heading "4. Boarding" runs into its first
 * paragraph ("Boarders have …"): "Boarding" ends the job's title, it is not a first name to be completed from
 * elsewhere ("Boarding Boarders") — no person without training. Near miss: "Amira is a deputy DSL", a first name
 * completed from the key people, still names her.
 */
import { describe, expect, it } from "vitest";
import { analyse } from "../../src/audit/rules/helpers.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { pdfDocument, run } from "../fixtures/structure/documents.js";

const policy = (sentence: string) =>
  [
    "Safeguarding and Child Protection Policy",
    "Larkspur House School (day and boarding, ages 7–13)",
    "Designated Safeguarding Lead: Mr Owen Trevick, Deputy Head · 01632 960 501",
    "Deputy DSL: Mrs Amira Solberg, Head of Boarding · 01632 960 502",
    "3. Roles",
    `The Designated Safeguarding Lead leads safeguarding across the school. ${sentence} and is the first contact for`,
    "boarders in the evenings.",
    "3.1 Training of the safeguarding team",
    "● Mr Trevick — DSL training 14/03/2026",
    "● Mrs Solberg — Deputy DSL training 02/02/2026",
    "4. Boarding",
    "Boarders have a named tutor and houseparent, and may call home each evening.",
    "",
  ].join("\n");

describe("a job's title before 'is a deputy DSL'", () => {
  it("is not read as a first name (PDF)", () => {
    const document = pdfDocument(policy("The Head of Boarding is a deputy DSL"));
    expect(run(trainingMissing, document)).toEqual([]);
    const names = analyse(document).leads.flatMap((m) => m.names ?? []);
    expect(names.some((n) => /Boarders/.test(n))).toBe(false);
  });

  it("still completes a first name from the key people", () => {
    const document = pdfDocument(policy("Amira is a deputy DSL"));
    const names = analyse(document).leads.flatMap((m) => m.names ?? []);
    expect(names).toContain("Mrs Amira Solberg");
    expect(run(trainingMissing, document)).toEqual([]);
  });
});
