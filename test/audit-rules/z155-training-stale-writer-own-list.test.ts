/**
 * training-stale (session 45, held-out zz151), in our own words; every name is invented. As of 1 December 2026.
 * Pattern: a sole trader writing "I am the designated safeguarding lead for my business" lists their own courses
 * under a heading or a label of their own — "## My training and checks", "3. My checks and training", "My training:",
 * "My qualifications:" — and a lapsed safeguarding course there holds no word for training: "- Safeguarding and
 * Protecting Children (UK Coaching) — March 2023". That entry is the writer's record (lapsed at the end of March 2026,
 * 36 months), reported as the corpus's childminders' records are: the course, "is dated March 2023", with no name.
 * Stays as it is: a booking ("NSPCC Child Protection in Sport online course: booked for 20 January 2027") is no
 * record; a teaching or lifeguarding award ("Level 2 Teaching Aquatics — qualified 2014", "National Pool Lifeguard
 * Qualification — renewed 11/2024") is no safeguarding course; an entry on another topic with no word for training
 * ("Prevent awareness (online): 2 September 2024") is read as before (not a record); a current course is no finding; a list under a
 * heading that is not the writer's own ("Our coaches' courses") and a list after the writer's labelled list has ended
 * (a paragraph between) read as before.
 * The headings are numbered: a PDF's text shows a heading as a plain line, read as one only with its number.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const TITLE = "Safeguarding Policy — Little Fins Swimming with Tamsin";
const WHO =
  "I am the designated safeguarding lead for my business. There is no one else to pass a concern to, so I act on it myself, the same day.";

type Part = { heading?: string; label?: string; items?: string[]; text?: string };

function layouts(parts: Part[]): SourceDocument[] {
  return [
    markdownDocument(
      [
        `# ${TITLE}`,
        "",
        "## 2. Who is responsible",
        "",
        WHO,
        "",
        ...parts.flatMap((p) => [
          ...(p.heading ? [`## ${p.heading}`, ""] : []),
          ...(p.text ? [p.text, ""] : []),
          ...(p.label ? [p.label] : []),
          ...(p.items ? [...p.items.map((i) => `- ${i}`), ""] : []),
        ]),
      ].join("\n"),
    ),
    wordDocument(
      [
        `<h1>${TITLE}</h1>`,
        "<h2>2. Who is responsible</h2>",
        `<p>${WHO}</p>`,
        ...parts.flatMap((p) => [
          ...(p.heading ? [`<h2>${p.heading}</h2>`] : []),
          ...(p.text ? [`<p>${p.text}</p>`] : []),
          ...(p.label ? [`<p>${p.label}</p>`] : []),
          ...(p.items ? [`<ul>${p.items.map((i) => `<li>${i}</li>`).join("")}</ul>`] : []),
        ]),
      ].join(""),
    ),
    pdfDocument(
      [
        TITLE,
        "2. Who is responsible",
        WHO,
        ...parts.flatMap((p) => [
          ...(p.heading ? [p.heading] : []),
          ...(p.text ? [p.text] : []),
          ...(p.label ? [p.label] : []),
          ...(p.items ? p.items.map((i) => `• ${i}`) : []),
        ]),
      ].join("\n"),
    ),
  ];
}

const LAPSED = "Safeguarding and Protecting Children (Swim England / UK Coaching) — March 2023";
const OTHERS = [
  "Swim England Level 2 Teaching Aquatics — qualified 2014",
  "NSPCC Child Protection in Sport online course: booked for 20 January 2027",
  "National Pool Lifeguard Qualification — renewed 11/2024",
  "Prevent awareness (online): 2 September 2024",
  "Enhanced DBS check with children's barred list, on the Update Service, checked each January",
];
const AFTER: Part = {
  heading: "4. How I keep children safe",
  text: "A parent stays poolside for every lesson.",
};

const stale = (document: SourceDocument) => run(trainingStale, document).map((f) => f.message);

describe("a course in the writer's own list is the writer's record", () => {
  for (const own of [
    { heading: "3. My training and checks" },
    { heading: "3. My checks and training" },
    { heading: "3. My training" },
    { heading: "3. About me", label: "My training:" },
    { heading: "3. About me", label: "My qualifications:" },
  ])
    it(JSON.stringify(own), () => {
      for (const document of layouts([{ ...own, items: [OTHERS[0], LAPSED, ...OTHERS.slice(1)] }, AFTER])) {
        const messages = stale(document);
        expect(messages, document.format).toHaveLength(1);
        expect(messages[0], document.format).toMatch(
          /^Safeguarding and Protecting Children \(Swim England \/ UK Coaching\) training is dated March 2023 — it lapsed at the end of March 2026/,
        );
      }
    });
});

describe("stays as it is", () => {
  it("bookings, awards in other subjects and a current course: no finding", () => {
    const current = "Safeguarding and Protecting Children (UK Coaching) — 4 March 2025";
    for (const document of layouts([
      { heading: "3. My training and checks", items: [current, ...OTHERS] },
      AFTER,
    ]))
      expect(stale(document), document.format).toEqual([]);
  });

  it("a list under a heading that is not the writer's own", () => {
    for (const document of layouts([
      { heading: "3. Our coaches' courses", items: [LAPSED, ...OTHERS] },
      AFTER,
    ]))
      expect(stale(document), document.format).toEqual([]);
  });

  it("a list after the writer's labelled list has ended", () => {
    const current = "Safeguarding and Protecting Children (UK Coaching) — 4 March 2025";
    for (const document of layouts([
      { heading: "3. About me", label: "My training:", items: [current] },
      { text: "My helpers on gala days are parents of older swimmers.", items: [LAPSED] },
      AFTER,
    ]))
      expect(stale(document), document.format).toEqual([]);
  });
});
