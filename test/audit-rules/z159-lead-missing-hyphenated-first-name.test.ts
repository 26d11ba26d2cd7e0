/**
 * lead-missing and training-stale (held-out zz167), in our own words; every name is invented. As of 1 December 2026.
 * A club names its lead in prose under the role's own heading, by the role's last word alone and with her job in
 * apposition: "## Our designated safeguarding lead" / "Our lead is the club manager, Rosa-Lee Fenwick (07700 900411).".
 * Later it calls her by her hyphenated first name and then by a pronoun: "Rosa-Lee took on the lead role when the club
 * opened in 2019. She completed her designated safeguarding lead course in May 2024."
 * Now counts: under a heading that is the lead's role, the first paragraph's "Our lead is …" / "The lead is …" (a job
 * between commas allowed) names the heading's holder; a hyphenated first name ("Rosa-Lee", "Jean-Paul",
 * "Mary-Jane") is a first name, for the first-name resolver too; a sentence opened by a named lead's first name makes
 * "She"/"He" in the next sentence that lead's, so her lapsed course is reported as hers.
 * Stays as it is: "Our lead is …" with no name after it, or outside a heading of the role; a place or a team after it;
 * a pronoun after a sentence that names another person too; a double-barrelled surname alone is no first name.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { markdownDocument, run } from "../fixtures/structure/documents.js";
import { sectionLayouts } from "../helpers/section-layouts.js";

const TITLE = "Kestrel Lane Out of School Club — Safeguarding Policy";
const HEADING = "Our designated safeguarding lead";
const DEPUTY =
  "Her deputy is Kofi Ashdown-Pryce, our senior playworker (07700 900419), who runs the Friday sessions.";

const layouts = (lead: string, heading = HEADING, more: string[] = []): SourceDocument[] =>
  sectionLayouts(TITLE, heading, [lead, DEPUTY, ...more]);

const missing = (document: SourceDocument) => run(leadMissing, document).map((f) => f.message);
const stale = (document: SourceDocument) => run(trainingStale, document).map((f) => f.message);

describe("the lead named by the role's last word under the role's heading", () => {
  for (const lead of [
    "Our lead is the club manager, Rosa-Lee Fenwick (07700 900411). She is on site at every session.",
    "Our lead is Mary-Jane Ockenden, the playworker in charge (07700 900412), and she is on site every day.",
    "The lead is the manager, Jean-Paul Mbatha (07700 900413). He can be reached by phone at any time.",
    "Our lead is Mrs Anne-Marie Coldwell (07700 900414), the club's owner.",
    "Our lead is the club manager, Rosa Fenwick (07700 900415). She is on site at every session.",
  ])
    it(`is named: ${lead}`, () => {
      for (const document of layouts(lead)) expect(missing(document), document.format).toEqual([]);
    });
});

describe("a hyphenated first name, then a pronoun", () => {
  const LEAD =
    "Our lead is the club manager, Rosa-Lee Fenwick (07700 900411). She is on site at every session.";
  // The PDF layout (the paragraph wrapped over lines) does not yet tie the pronoun: md and Word only (todo below).
  for (const training of [
    "Rosa-Lee took on the lead role when the club opened in 2019. She completed her designated safeguarding lead course with the county's early years team in May 2024, and she attends the termly network meetings.",
    "Rosa-Lee completed her designated safeguarding lead course in May 2024.",
    // Session 50 (n4): a short paragraph whose pronoun's record names no "her" (see z160 for the held-out's shape).
    "Rosa-Lee joined us in 2019. She completed the designated safeguarding lead course in May 2024.",
  ])
    it(`is her lapsed course: ${training}`, () => {
      for (const document of layouts(LEAD, HEADING, [training]).filter((d) => d.format !== "pdf")) {
        const messages = stale(document);
        expect(messages, document.format).toHaveLength(1);
        expect(messages[0], document.format).toMatch(/^Rosa-Lee Fenwick's most recent .*May 2024/);
      }
    });
});

// Not yet (session 49, k4): the PDF's wrapped paragraph takes no owner from the first-name sentence before. (Session
// 50, n4: the short paragraph with no "her" is read above, and the held-out zz167 paragraph in z160.)
describe("a hyphenated first name, then a pronoun (todo)", () => {
  it.todo("the same paragraphs in a PDF's wrapped lines");
});

describe("stays as it is", () => {
  // A PDF's heading runs into its paragraph, and the role there is no heading of its own: md and Word only.
  const headed = (lead: string) => layouts(lead).filter((d) => d.format !== "pdf");

  it("no name after the lead's word", () => {
    for (const document of headed("Our lead is responsible for every concern raised at the club."))
      expect(missing(document), document.format).toHaveLength(1);
  });

  it("a place or a team after the lead's word", () => {
    for (const document of headed("Our lead is the Little-Ashby Children's Centre team (01632 960411)."))
      expect(missing(document), document.format).toHaveLength(1);
  });

  it("outside a heading of the role", () => {
    const document = markdownDocument(
      [
        `# ${TITLE}`,
        "",
        "## Who we are",
        "",
        "Our lead is the club manager, Rosa-Lee Fenwick (07700 900411).",
        "",
        "## Concerns",
        "",
        "Tell the designated safeguarding lead at once.",
        "",
      ].join("\n"),
    );
    expect(missing(document)).toHaveLength(1);
  });

  it("a pronoun after a sentence that names another person too", () => {
    const LEAD = "Our lead is the club manager, Rosa-Lee Fenwick (07700 900411).";
    for (const training of [
      "Rosa-Lee works with Mr Tobias Quennell, our treasurer, on every trip. He completed the designated safeguarding lead course in May 2024.",
      "Rosa-Lee and Kofi opened the club in 2019. She completed the designated safeguarding lead course in May 2024.",
    ])
      for (const document of layouts(LEAD, HEADING, [training]))
        expect(
          stale(document).filter((m) => m.startsWith("Rosa-Lee Fenwick's")),
          `${document.format}: ${training}`,
        ).toEqual([]);
  });

  it("a double-barrelled surname alone is no first name", () => {
    const LEAD = "Our lead is the club manager, Rosa-Lee Fenwick (07700 900411).";
    const training =
      "Ashdown-Pryce Hall hosted the county's course in May 2024. She completed the designated safeguarding lead course in May 2024.";
    for (const document of layouts(LEAD, HEADING, [training]))
      expect(
        stale(document).filter((m) => m.includes("Ashdown-Pryce Hall's")),
        document.format,
      ).toEqual([]);
  });
});
