/**
 * training-undated (held-out set zz128, in our own words; every name is invented): in a section about training, a
 * bullet "Name – Designated Safeguarding Lead (two days) – No date recorded" names the lead's course by the lead's
 * title between the entry's two dashes, as "– Designated Safeguarding Lead (two days) – 12/03/2025" does when dated;
 * "No date recorded" where the date would stand makes it an undated record of that person, not a role line; and
 * "– Safeguarding Leads in Film and Television (two days) – 14/05/2025", the leads' title in the plural with the field
 * they lead in, is a course for leads, the person's dated record (so nobody's training is missing). Near
 * misses: the same entry with its date is no undated record, and a contacts list's "– Designated Safeguarding Lead –
 * date to be confirmed" outside a section about training is an appointment, not a course. As of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { found, markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const documents = (heading: string, entries: string[]) => [
  markdownDocument(
    [
      "# Larkspur Pictures – Safeguarding Children on Set",
      "",
      "**Safeguarding Lead:** Ottilie Fane-Marsh, Producer – 07700 900 611",
      "",
      "**Acting Safeguarding Lead (while Ottilie is on leave):** Bram Ashdown-Kerr, Line Producer – 07700 900 612",
      "",
      "**Deputy Safeguarding Lead:** Wren Castellan, Production Manager – 07700 900 613",
      "",
      `## ${heading}`,
      "",
      "Everyone who leads on safeguarding completes a lead's course and refreshes it every two years.",
      "",
      ...entries.map((e) => `- ${e}`),
      "",
    ].join("\n"),
  ),
  wordDocument(
    [
      "<h1>Larkspur Pictures – Safeguarding Children on Set</h1>",
      "<p><strong>Safeguarding Lead:</strong> Ottilie Fane-Marsh, Producer – 07700 900 611</p>",
      "<p><strong>Acting Safeguarding Lead (while Ottilie is on leave):</strong> Bram Ashdown-Kerr, Line Producer – 07700 900 612</p>",
      "<p><strong>Deputy Safeguarding Lead:</strong> Wren Castellan, Production Manager – 07700 900 613</p>",
      `<h2>${heading}</h2>`,
      "<p>Everyone who leads on safeguarding completes a lead's course and refreshes it every two years.</p>",
      "<ul>",
      ...entries.map((e) => `<li>${e}</li>`),
      "</ul>",
    ].join("\n"),
  ),
  pdfDocument(
    [
      "Larkspur Pictures – Safeguarding Children on Set",
      "Safeguarding Lead: Ottilie Fane-Marsh, Producer – 07700 900 611",
      "Acting Safeguarding Lead (while Ottilie is on leave): Bram Ashdown-Kerr, Line Producer – 07700 900 612",
      "Deputy Safeguarding Lead: Wren Castellan, Production Manager – 07700 900 613",
      heading,
      "Everyone who leads on safeguarding completes a lead's course and refreshes it every two years.",
      ...entries.map((e) => `• ${e}`),
      "",
    ].join("\n"),
  ),
];

const DATED = [
  "Ottilie Fane-Marsh – Safeguarding Leads in Film and Television (two days) – 14/05/2025",
  "Wren Castellan – Safeguarding Leads in Film and Television (two days) – 03/2025",
];

describe("a lead's title as the course, with 'No date recorded' where the date would stand", () => {
  it.each([
    "Bram Ashdown-Kerr – Designated Safeguarding Lead (two days) – No date recorded",
    "Bram Ashdown-Kerr – Designated Safeguarding Lead – no date recorded",
    "Bram Ashdown-Kerr – Designated Safeguarding Lead (Hollowmere SCP) – date to follow",
  ])("is the person's undated record: %s", (entry) => {
    for (const document of documents("7. Training", [DATED[0], entry, DATED[1]])) {
      const undated = run(trainingUndated, document);
      expect(found(undated, document), document.format).toEqual([
        expect.stringContaining("Bram Ashdown-Kerr"),
      ]);
      expect(undated[0].message, document.format).toContain("Bram Ashdown-Kerr");
      // The others' "Safeguarding Leads in Film and Television" is their course, so nobody's training is missing.
      expect(run(trainingMissing, document), document.format).toEqual([]);
    }
  });

  it("stays quiet for the dated entry, and for an appointment's date to be confirmed outside a training section", () => {
    for (const document of documents("7. Training", [
      DATED[0],
      "Bram Ashdown-Kerr – Designated Safeguarding Lead (two days) – 21/10/2025",
      DATED[1],
    ]))
      expect(run(trainingUndated, document), document.format).toEqual([]);
    for (const document of documents("3. Who to contact", [
      "Bram Ashdown-Kerr – Designated Safeguarding Lead – date to be confirmed",
    ]))
      expect(run(trainingUndated, document), document.format).toEqual([]);
  });
});
