/**
 * training-stale (held-out set zz139), in our own words; every name is invented. A chapel's policy names its
 * Chapel Safeguarding Officer at the top, then writes the training as one paragraph of sentences about roles, no name on
 * the line: "The Chapel Safeguarding Officer has completed the Methodist Church's Foundation and Advanced modules and
 * the Leadership module (Eastmoor district, 05/2023). The Minister completed the Leadership module in 10/2025." The line
 * read runs past the record's sentence into the next one's, and a long sentence's excerpt, cut at its length, stops
 * before "05/2023": the reader could not see which date was meant. The finding quotes the record's own sentence from
 * as late a word as lets the date show — the course with its date; so does a writer's own long record ("I last
 * completed … in May 2023.", zz140). Near misses: a line that ends with its record's sentence and opens with someone's
 * name ("Ben Rowe, our youth worker, last completed …") keeps its excerpt from the line's start; a named person's line keeps it
 * too (the name is what the reader looks for).
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { found, markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const record =
  "The Chapel Safeguarding Officer has completed the Methodist Church's Foundation and Advanced modules and the Leadership module (Eastmoor district, 05/2023). The Minister completed the Leadership module in 10/2025. Group leaders complete the Foundation module before they start and renew it every three years; the Officer keeps the record.";

const contacts = [
  ["**Chapel Safeguarding Officer:** Mrs Petronella Ashby-Quayle", "Telephone: 07700 900111"],
  ["**Minister:** The Revd Dr Samuel Okafor-Lund", "Telephone: 01632 960111"],
  ["If the Chapel Safeguarding Officer is not available, speak to the Minister."],
  [
    "**District Safeguarding Officer:** Mr Gareth Pennywell, Eastmoor District",
    "The District Safeguarding Officer advises the chapel; he is not the chapel's safeguarding lead.",
  ],
];

const layouts = (paragraph: string) => [
  markdownDocument(
    [
      "# Eastmoor Road Chapel – Safeguarding Policy",
      "",
      "## Who to contact",
      "",
      ...contacts.flatMap((lines) => [...lines, ""]),
      "## Training",
      "",
      paragraph,
      "",
    ].join("\n"),
  ),
  wordDocument(
    [
      "<h1>Eastmoor Road Chapel – Safeguarding Policy</h1>",
      "<h2>Who to contact</h2>",
      ...contacts.map(
        (lines) => `<p>${lines.join("<br />").replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>")}</p>`,
      ),
      "<h2>Training</h2>",
      `<p>${paragraph}</p>`,
    ].join("\n"),
  ),
];

describe("training-stale: a role's record in a long sentence, another record after it on the line", () => {
  it("quotes the course with its date, so the date shows", () => {
    for (const document of layouts(record)) {
      const reported = run(trainingStale, document);
      expect(reported, document.format).toHaveLength(1);
      expect(reported[0].message).toContain("May 2023");
      expect(reported[0].excerpt, document.format).toContain("05/2023");
      expect(reported[0].excerpt, document.format).not.toContain("…");
      expect(found(reported, document)[0], document.format).toMatch(
        /Leadership module \(Eastmoor district, 05\/2023\)/,
      );
      expect(found(reported, document)[0], document.format).not.toContain("Minister");
    }
  });

  it("quotes the course with its date in a writer's own long record that ends the line (zz140)", () => {
    const alone =
      "I last completed designated safeguarding lead training (the Level 3 course run by the Eastmoor Safeguarding Children Partnership) in May 2023.";
    for (const document of layouts(alone)) {
      const reported = run(trainingStale, document);
      expect(reported, document.format).toHaveLength(1);
      expect(reported[0].excerpt, document.format).toContain("May 2023");
      expect(reported[0].excerpt, document.format).not.toContain("…");
    }
  });

  it("keeps the line's excerpt when a long record that ends the line opens with someone's name", () => {
    const named =
      "Ben Rowe, our sessional youth worker, last completed safeguarding awareness training (the Level 2 course run by the Eastmoor Safeguarding Children Partnership) in May 2022.";
    for (const document of layouts(named)) {
      const reported = run(trainingStale, document);
      expect(reported, document.format).toHaveLength(1);
      expect(reported[0].excerpt, document.format).toMatch(/^Ben Rowe/);
    }
  });

  it("keeps the line's excerpt when the line names the person", () => {
    const named = record.replace(
      "The Chapel Safeguarding Officer has completed",
      "Mrs Petronella Ashby-Quayle, our Chapel Safeguarding Officer, has completed",
    );
    for (const document of layouts(named)) {
      const reported = run(trainingStale, document);
      expect(reported, document.format).toHaveLength(1);
      expect(reported[0].excerpt, document.format).toMatch(/^Mrs Petronella Ashby-Quayle/);
    }
  });
});
