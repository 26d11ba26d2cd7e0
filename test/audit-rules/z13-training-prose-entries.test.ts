/**
 * Training written in sentences and list entries: "Name, our DSL, holds the … certificate …, valid until DATE" (a
 * course known by when it lapses; no training-missing), a designated course for "designated staff" (two years),
 * and an entry with two courses in two sentences ("Course A: attended 11/2024, renewal due 11/2027. Course B:
 * attended 03/2023, renewal due 03/2025.") under a label about the lead's records, whose entries are each their
 * own person's. From the thirteenth held-out set (issue 11), in our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function prose(sentences: string): string {
  return [
    "# Quayside Holiday Language Courses — Safeguarding Policy",
    "",
    "Concerns go to the Designated Safeguarding Lead, or to the Deputy DSL if the DSL is away.",
    "",
    "## Training",
    "",
    sentences,
    "",
  ].join("\n");
}

describe("a lead's course known by the date it is valid until", () => {
  for (const sentence of [
    "Odile Varga, our DSL, holds the Level 3 Designated Safeguarding Lead certificate from the Fenmouth Partnership, valid until 30/04/2027. Rafe Dunmore, the Deputy DSL, completed the Level 3 DSL course on 12/05/2025.",
    "Odile Varga, our DSL, holds the advanced child protection certificate (Fenmouth Partnership), valid until March 2027. Rafe Dunmore, the Deputy DSL, completed the Level 3 DSL course on 12/05/2025.",
  ]) {
    it(`is training on record: ${sentence.slice(0, 60)}…`, () => {
      const text = prose(sentence);
      expect(checkText(trainingMissing, text, { asOf })).toEqual([]);
      expect(checkText(trainingStale, text, { asOf })).toEqual([]);
    });
  }

  it("is training on record when the sentence runs over lines (a Word file's line breaks)", () => {
    const text = prose(
      [
        "Odile Varga, our DSL, holds the Level 3 Designated Safeguarding",
        "Lead certificate from the Fenmouth Safeguarding Children",
        "Partnership, valid until 30/04/2027. Rafe Dunmore, the Deputy DSL,",
        "completed the Level 3 DSL course on 12/05/2025.",
      ].join("\n"),
    );
    for (const rule of [trainingMissing, trainingUndated, trainingStale])
      expect(checkText(rule, text, { asOf, format: "docx" }), rule.meta.id).toEqual([]);
  });

  it("reports it once the date has passed", () => {
    const text = prose(
      "Odile Varga, our DSL, holds the Level 3 Designated Safeguarding Lead certificate from the Fenmouth Partnership, valid until 30/04/2026. Rafe Dunmore, the Deputy DSL, completed the Level 3 DSL course on 12/05/2025.",
    );
    expect(checkText(trainingMissing, text, { asOf })).toEqual([]);
    expect(checkText(trainingStale, text, { asOf }).map((f) => f.message)).toEqual([
      expect.stringContaining("Odile Varga"),
    ]);
  });
});

describe("a course for designated staff", () => {
  it("lapses after two years, counted from the end of its month", () => {
    for (const course of ["the Safeguarding for Designated Staff course", "the Designated Staff refresher"]) {
      const text = prose(
        `Odile Varga, our DSL, completed the Level 3 DSL course on 02/03/2026. Rafe Dunmore, the Deputy DSL, completed ${course} in November 2024.`,
      );
      expect(
        checkText(trainingStale, text, { asOf }).map((f) => f.message),
        course,
      ).toEqual([expect.stringContaining("Rafe Dunmore")]);
    }
  });

  it("is current a month later (near miss)", () => {
    const text = prose(
      "Odile Varga, our DSL, completed the Level 3 DSL course on 02/03/2026. Rafe Dunmore, the Deputy DSL, completed the Safeguarding for Designated Staff course in December 2024.",
    );
    expect(checkText(trainingStale, text, { asOf })).toEqual([]);
  });
});

function entries(lines: string[]): string {
  return [
    "# Fenmouth Bowls Club — Junior Safeguarding Policy",
    "",
    "The Club Welfare Officer (CWO) is the first contact for any concern about a junior.",
    "",
    "## Training",
    "",
    "Training held (from the CWO's records):",
    "",
    ...lines,
    "",
  ].join("\n");
}

describe("an entry with two courses in two sentences", () => {
  it("dates each course by its own completion", () => {
    for (const first of [
      "- **Greta Palmqvist (CWO)** – Safeguarding Children (county workshop): attended 10/2024, renewal due 10/2027. Time to Talk: attended 02/2023, renewal due 02/2025.",
      "- **Greta Palmqvist (CWO)** – Safeguarding Children workshop: completed 10/2024, renewal due 10/2027. Listening to Children: completed 02/2023, renewal due 02/2025.",
    ]) {
      const text = entries([
        first,
        "- **Osian Rees (Junior Organiser)** – Safeguarding Children (online): completed 08/02/2025, renewal due 02/2028.",
      ]);
      const found = checkText(trainingStale, text, { asOf });
      expect(
        found.map((f) => f.message),
        first,
      ).toEqual([expect.stringContaining("Greta Palmqvist")]);
      expect(excerpts(found, text)[0]).toContain("02/2023");
    }
  });

  it("reports nothing when both courses are current (near miss)", () => {
    const text = entries([
      "- **Greta Palmqvist (CWO)** – Safeguarding Children (county workshop): attended 10/2024, renewal due 10/2027. Time to Talk: attended 02/2026, renewal due 02/2028.",
      "- **Osian Rees (Junior Organiser)** – Safeguarding Children (online): completed 08/02/2025, renewal due 02/2028.",
    ]);
    expect(checkText(trainingStale, text, { asOf })).toEqual([]);
  });
});
