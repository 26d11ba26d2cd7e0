/**
 * Read from the held-out set zz104, in our own words; every name and setting is invented. As of 1 December 2026.
 * The lead changed mid-year and the old lead's name and training are struck through (Markdown "~~…~~", Word's
 * strikethrough, which its reader gives as <s>): struck-through words are removed words to a careful reader, as a
 * tracked deletion is — neither the lead nor the training reader reads them. Words beside them on the line are read.
 */
import { describe, expect, it } from "vitest";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { found, markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const markdown = [
  "# Larchfield Climbing Walls – Safeguarding Policy",
  "",
  "## Our leads",
  "",
  "Designated Safeguarding Lead: ~~Imogen Thwaite, Centre Manager, 07700 900710~~ Kwame Asante, Head Instructor, 07700 900711",
  "Deputy DSL: Petra Voss, Bookings Manager, 07700 900712",
  "",
  "## Training",
  "",
  "Kwame Asante – Designated Safeguarding Lead training, 3 March 2026",
  "~~Imogen Thwaite – DSL training, 9 January 2022~~",
  "Petra Voss – Safeguarding Children Level 3 (deputy lead), 12 May 2023",
  "",
].join("\n");

const word = [
  "<h1>Larchfield Climbing Walls – Safeguarding Policy</h1>",
  "<h2>Our leads</h2>",
  "<p>Designated Safeguarding Lead: <s>Imogen Thwaite, Centre Manager, 07700 900710</s> Kwame Asante, Head Instructor, 07700 900711</p>",
  "<p>Deputy DSL: Petra Voss, Bookings Manager, 07700 900712</p>",
  "<h2>Training</h2>",
  "<p>Kwame Asante – Designated Safeguarding Lead training, 3 March 2026<br /><s>Imogen Thwaite – DSL training, 9 January 2022</s><br />Petra Voss – Safeguarding Children Level 3 (deputy lead), 12 May 2023</p>",
].join("\n");

describe("a struck-through former lead and her struck-through training are not read", () => {
  for (const [format, document] of [
    ["md", markdownDocument(markdown)],
    ["docx", wordDocument(word)],
  ] as const) {
    it(`${format}: only the deputy's lapsed course is stale; the new lead is found and trained`, () => {
      const stale = run(trainingStale, document);
      expect(stale.map((d) => d.message)).toEqual([expect.stringMatching(/^Petra Voss's /)]);
      expect(found(stale, document)).toEqual([
        expect.stringContaining("Petra Voss – Safeguarding Children Level 3"),
      ]);
      expect(run(leadMissing, document)).toEqual([]);
      expect(run(trainingMissing, document)).toEqual([]);
    });
  }

  it("a lone ~~ or a code fence's ~~~ hides nothing", () => {
    const text = markdown.replace(
      "~~Imogen Thwaite – DSL training, 9 January 2022~~",
      "~~~\nImogen Thwaite – DSL training, 9 January 2022\n~~~",
    );
    const stale = run(trainingStale, markdownDocument(text));
    expect(stale.map((d) => d.message)).toEqual([
      expect.stringMatching(/^Imogen Thwaite's /),
      expect.stringMatching(/^Petra Voss's /),
    ]);
  });
});
