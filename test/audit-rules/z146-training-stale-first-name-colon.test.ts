/**
 * training-stale (session 44 hand notes), in our own words; every name is invented. As of 1 December 2026.
 * A childminder's policy names her assistant by first name ("My assistant, Bethan, helps on Mondays …") and lists the
 * assistant's course under "My training" with her first name and a colon before it: "- Bethan: Level 1 Safeguarding
 * (online) – 12 February 2023". The name before the colon is the person, not the course's first word: the finding says
 * "Bethan's most recent Level 1 Safeguarding (online) …", not "Bethan: Level 1 Safeguarding (online) training …".
 * Stays as it is: a level before the colon ("- Level 1: Safeguarding awareness (online) – …") is no one's name; a
 * first name the policy names nowhere else as a person stays the course's words (whose it is, the policy does not say).
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const TITLE = "Safeguarding Policy – Ruth Callow Childminding";
const INTRO =
  "I am a registered childminder and the designated safeguarding lead for my setting. My assistant, Bethan, helps " +
  "on Mondays and Fridays; she is not a designated lead and passes any concern straight to me.";
const OWN = "Designated Safeguarding Lead (Early Years) – Brackley Partnership – completed 3 March 2026";

const layouts = (entry: string, intro = INTRO): SourceDocument[] => [
  markdownDocument(
    [
      `# ${TITLE}`,
      "",
      intro,
      "",
      "## My training",
      "",
      `- ${OWN}`,
      "- Paediatric First Aid – 5 May 2025",
      `- ${entry}`,
      "",
    ].join("\n"),
  ),
  wordDocument(
    `<h1>${TITLE}</h1><p>${intro}</p><h2>My training</h2><ul><li>${OWN}</li><li>Paediatric First Aid – 5 May 2025</li><li>${entry}</li></ul>`,
  ),
  pdfDocument(
    [
      TITLE,
      ...intro.replace(/(.{60,75}?) /g, "$1\n").split("\n"),
      "My training",
      `• ${OWN}`,
      "• Paediatric First Aid – 5 May 2025",
      `• ${entry}`,
    ].join("\n"),
  ),
];

const messages = (document: SourceDocument) => run(trainingStale, document).map((f) => f.message);

describe("a first name and a colon before a course, the person named elsewhere", () => {
  it("is that person's record", () => {
    for (const document of layouts("Bethan: Level 1 Safeguarding (online) – 12 February 2023")) {
      const found = messages(document);
      expect(found, document.format).toHaveLength(1);
      expect(found[0], document.format).toMatch(/^Bethan's most recent Level 1 Safeguarding \(online\)/);
      expect(found[0], document.format).toMatch(/12 February 2023/);
    }
  });
});

describe("stays as it is", () => {
  it("a level before the colon is no one's name", () => {
    for (const document of layouts("Level 1: Safeguarding awareness (online) – 12 February 2023")) {
      const found = messages(document);
      expect(found, document.format).toHaveLength(1);
      expect(found[0], document.format).not.toMatch(/Level's|Level 1's/);
      expect(found[0], document.format).toMatch(/12 February 2023/);
    }
  });

  it("a first name the policy names nowhere else as a person", () => {
    const intro = "I am a registered childminder and the designated safeguarding lead for my setting.";
    for (const document of layouts("Bethan: Level 1 Safeguarding (online) – 12 February 2023", intro)) {
      const found = messages(document);
      expect(found, document.format).toHaveLength(1);
      expect(found[0], document.format).not.toMatch(/^Bethan's/);
    }
  });
});
