/**
 * training-stale and training-missing (forty-second session, snippets found by hand), in our own words; every name is
 * invented. A training record that names one course for several people and gives each person's date after it:
 * "Both completed Designated Lead training with the borough partnership: Wren in March 2025 and Ifeoma in January
 * 2024.", "Wren and Ifeoma completed … in March 2025 and January 2024 respectively.", "The DSL and deputies undertake
 * DSL training every two years; the DSL last attended in September 2024, and the deputies in February 2023." Each
 * person's course is dated by their own date: the lead's March 2025 is in date on 1 December 2026 (no "none for the
 * lead" error), the deputy's January 2024 lapsed at the end of January 2026 and is reported by name. Still quiet: one
 * date for both ("Both completed … in March 2025"), dates given for people who hold no named role, and a lead whose
 * own separate record is in date.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const PAIR = [
  "**Designated Safeguarding Lead (DSL):** Wren Castellane – Setting Manager",
  "**Deputy DSL:** Ifeoma Barros – Room Leader, Toddler room",
];

const layouts = (top: string[], training: string[]): SourceDocument[] => [
  markdownDocument(
    [
      "# Bramblewood Day Nursery",
      "",
      "## Safeguarding policy",
      "",
      ...top,
      "",
      ...training.flatMap((t) => [t, ""]),
      "All other staff complete safeguarding awareness at induction and refresh it every 3 years.",
      "",
    ].join("\n"),
  ),
  wordDocument(
    [
      "<h1>Bramblewood Day Nursery</h1>",
      "<h2>Safeguarding policy</h2>",
      `<p>${top.map((t) => t.replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>")).join("<br />")}</p>`,
      ...training.map((t) => `<p>${t}</p>`),
      "<p>All other staff complete safeguarding awareness at induction and refresh it every 3 years.</p>",
    ].join("\n"),
  ),
  pdfDocument(
    [
      "Bramblewood Day Nursery",
      "Safeguarding policy",
      ...top.map((t) => t.replace(/\*\*/g, "")),
      ...training,
      "All other staff complete safeguarding awareness at induction and refresh it every 3 years.",
    ].join("\n"),
  ),
];

const stale = (document: SourceDocument) => run(trainingStale, document).map((r) => r.message);
const missing = (document: SourceDocument) => run(trainingMissing, document).map((r) => r.message);

describe("training-stale: one course for several people, each person's date given after", () => {
  it.each([
    "Both completed Designated Lead training with the borough partnership: Wren in March 2025 and Ifeoma in January 2024.",
    "Each of them completed Designated Lead training with the borough partnership: Wren Castellane in March 2025, and Ifeoma Barros in January 2024.",
    "Wren and Ifeoma completed Designated Lead training with the borough partnership in March 2025 and January 2024 respectively.",
    "Wren Castellane and Ifeoma Barros completed Designated Lead training in March 2025 and January 2024, respectively.",
    "Lead training: Both completed Designated Lead training with the borough partnership: Wren in March 2025 and Ifeoma in January 2024.",
  ])("dates each person's course by their own date: %s", (sentence) => {
    for (const document of layouts(PAIR, [sentence])) {
      const messages = stale(document);
      expect(messages).toHaveLength(1);
      expect(messages[0]).toContain("Ifeoma Barros");
      expect(messages[0]).toContain("January 2024");
      expect(missing(document)).toEqual([]);
    }
  });

  it("reads three people, one of them dated to the day", () => {
    const top = [...PAIR, "**Deputy DSL:** Petra Lindqvist – Deputy Manager"];
    const sentence =
      "All three completed the Designated Safeguarding Lead course: Wren Castellane on 3 June 2025, Ifeoma Barros in January 2024 and Petra Lindqvist in October 2025.";
    for (const document of layouts(top, [sentence])) {
      const messages = stale(document);
      expect(messages).toHaveLength(1);
      expect(messages[0]).toContain("Ifeoma Barros");
      expect(messages[0]).not.toMatch(/\bthe Designated/);
    }
  });

  it("ties a role to its named holders, each deputy of a role in the plural", () => {
    const top = [
      "The designated safeguarding lead (DSL) is Mr Osric Delacroix-Penn, Assistant Head.",
      "",
      "The deputy DSLs are:",
      "- Mrs Halina Wojcik, Headteacher",
      "- Miss Carys Edeyrn, SENCO",
    ];
    const sentence =
      "The DSL and deputies undertake DSL training every two years; the DSL last attended in September 2024, and the deputies in February 2023.";
    const document = layouts(top, [sentence])[0];
    const messages = stale(document);
    expect(messages).toHaveLength(3);
    expect(messages.find((m) => m.includes("Osric Delacroix-Penn"))).toContain("September 2024");
    expect(messages.find((m) => m.includes("Halina Wojcik"))).toContain("February 2023");
    expect(messages.find((m) => m.includes("Carys Edeyrn"))).toContain("February 2023");
  });

  it("keeps the line's one finding when a role in the plural has one holder named", () => {
    const top = [
      "The designated safeguarding lead (DSL) is Mr Osric Delacroix-Penn, Assistant Head.",
      "",
      "Deputy DSL: Mrs Halina Wojcik, Headteacher",
    ];
    const sentence =
      "The DSL and deputies undertake DSL training every two years; the DSL last attended in September 2024, and the deputies in February 2023.";
    const messages = stale(layouts(top, [sentence])[0]);
    // As before: the line's first date, September 2024, once — not a record of each person.
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain("September 2024");
    expect(messages[0]).not.toContain("Delacroix-Penn");
  });

  it("stays quiet when one date is given for both", () => {
    for (const document of layouts(PAIR, [
      "Both completed Designated Lead training with the borough partnership in March 2025.",
    ])) {
      expect(stale(document)).toEqual([]);
      expect(missing(document)).toEqual([]);
    }
  });

  it('gives a lead no record of a "Both" that follows two other people', () => {
    const cooks = "Our cooks, Anneli Sorsa and Bogdan Ilie, run the kitchen.";
    const both = "Both completed safeguarding awareness training in March 2019.";
    for (const document of layouts(PAIR, [cooks, both]))
      for (const message of stale(document)) {
        expect(message).not.toContain("Castellane");
        expect(message).not.toContain("Barros");
      }
  });

  it("reads dates given for people who hold no named role as before", () => {
    const own =
      "Wren Castellane completed Designated Lead training in May 2025. Ifeoma Barros completed it in April 2025.";
    const others =
      "Two of our room staff completed safeguarding awareness: Keisha in March 2025 and Dawid in January 2022.";
    for (const document of layouts(PAIR, [own, others])) {
      for (const message of stale(document)) {
        expect(message).not.toContain("Keisha");
        expect(message).not.toContain("Dawid");
        expect(message).not.toContain("Castellane");
      }
    }
  });

  it("adds no older finding for a lead whose own separate record is in date", () => {
    const own = "Wren Castellane completed her Designated Lead refresher training in October 2026.";
    const sentence =
      "Both completed Designated Lead training with the borough partnership: Wren in January 2024 and Ifeoma in March 2025.";
    for (const document of layouts(PAIR, [own, sentence])) {
      expect(stale(document)).toEqual([]);
      expect(missing(document)).toEqual([]);
    }
  });
});
