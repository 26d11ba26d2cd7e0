/**
 * training-missing, training-undated, training-stale (held-out sets zz155 and zz157, session 47), in our own words;
 * every name is invented. As of 1 December 2026.
 * A person's name on a line of its own (or bold, or with their job in brackets), their training lines right under it,
 * no "Training log:" label over the block. Four ways the block was misread:
 * 1. "Mr Kofi Ashdown-Reyes" / "Early Years Designated Safeguarding Lead (Wendle SCP), 14/05/2025": the lead's title
 *    with who ran it and a date, under a training heading, names the course; it was read as the role alone, so
 *    training-missing said he had none. Now his record (as under a "Training log:" label already).
 * 2. "Mr Ivo Braddock-Lunn" / "· Wendle Yearly Meeting safeguarding induction: no date recorded": the capitalised
 *    "Yearly" of a body's name read as a rule ("yearly"), which ended his block; now a name's word, so the line is his
 *    undated record (training-undated).
 * 3. "**Morwenna Trevail** (Instructor)" / "Safeguarding Children Level 2 – Oct 2023" / "DBS: 2023": a name the tagger
 *    is unsure of, a job in brackets after it, was taken as a detail of the person above, so her course counted as
 *    theirs; a name with a dated course on the line right under it opens a block. Her course lapsed in October 2026.
 * 4. "**Mrs Lina Sorokin**" / "- Designated Safeguarding Lead – Level 3 refresher, 8 October 2024" / "- Booked: DSL
 *    refresher, 21 January 2027": a lead's title then a course word and a date under a person's name is her record,
 *    not the record of whoever holds that title first in the policy. Two-year rule: lapsed October 2026.
 * Stays as it is: a title with a bracket of tenure ("(interim), 1 September 2025") is the role; a rule's lower-case
 * "yearly" is a rule; the person above keeps their own current record; "DBS: 2026" is a check, not training; a lead's
 * title line under a name that names someone else ("- Designated Safeguarding Lead – Mr Piotr Halloran") is the role;
 * "Deputy DSL – Designated Safeguarding Lead refresher – 18/09/2025" under the DSL's block is the deputy's record.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

type Block = { name: string; lines: string[] };

/** A policy whose training section lists blocks: as Markdown (lines of a paragraph), as Word (line breaks, or a list). */
function layouts(
  title: string,
  people: string[],
  rule: string,
  blocks: Block[],
  heading = "7. Recruitment and training",
): SourceDocument[] {
  const md = blocks.flatMap((b) => [b.name, ...b.lines, ""]);
  return [
    markdownDocument(
      [
        `# ${title}`,
        "",
        "## 2. Who to contact",
        "",
        ...people.flatMap((p) => [p, ""]),
        `## ${heading}`,
        "",
        rule,
        "",
        ...md,
      ].join("\n"),
    ),
    wordDocument(
      [
        `<h1>${title}</h1>`,
        "<h2>2. Who to contact</h2>",
        ...people.map((p) => `<p>${p}</p>`),
        `<h2>${heading}</h2>`,
        `<p>${rule}</p>`,
        // A list under the name's paragraph; unbulleted lines broken with line breaks in the name's paragraph.
        ...blocks.map((b) => {
          const name = b.name.replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>");
          return b.lines.every((l) => l.startsWith("- "))
            ? `<p>${name}</p><ul>${b.lines.map((l) => `<li>${l.slice(2)}</li>`).join("")}</ul>`
            : `<p>${[name, ...b.lines].join("<br>")}</p>`;
        }),
      ].join(""),
    ),
  ];
}

const messages = (rule: typeof trainingStale, document: SourceDocument, name: string) =>
  run(rule, document)
    .map((f) => f.message)
    .filter((m) => m.includes(name));

describe("1. the lead's title with its provider and date under a person's name is their course", () => {
  const TITLE = "Safeguarding Policy — Larkfield Out of School Club";
  const PEOPLE = [
    "Designated Safeguarding Lead: Mrs Odile Fenner-Grant (01632 960 411)",
    "Deputy Designated Safeguarding Lead: Mr Kofi Ashdown-Reyes (01632 960 412)",
  ];
  const RULE =
    "Staff renew safeguarding training every three years; the DSL and deputy renew theirs every two years.";
  const LEAD: Block = {
    name: "Mrs Odile Fenner-Grant",
    lines: ["Designated Safeguarding Lead training (Wendle SCP), 3 March 2025"],
  };
  const deputy = (lines: string[]): Block[] => [
    LEAD,
    { name: "Mr Kofi Ashdown-Reyes", lines },
    { name: "Nadia Pell, Playworker", lines: ["Safeguarding Children Level 2 (Wendle SCP), 14/09/2025"] },
  ];
  for (const line of [
    "Early Years Designated Safeguarding Lead (Wendle SCP), 14/05/2025",
    "Designated Safeguarding Lead (Wendle SCP), 14/05/2025",
    "Designated Safeguarding Lead (online), May 2025",
    "Designated Safeguarding Lead (Wendle SCP) 14 May 2025",
  ])
    it(`is his record: ${line}`, () => {
      for (const document of layouts(TITLE, PEOPLE, RULE, deputy([line, "Paediatric First Aid, 10/2024"])))
        expect(messages(trainingMissing, document, "Ashdown-Reyes"), document.format).toEqual([]);
    });

  it("lapses as his record does: dated October 2023", () => {
    for (const document of layouts(
      TITLE,
      PEOPLE,
      RULE,
      deputy(["Early Years Designated Safeguarding Lead (Wendle SCP), 10/10/2023"]),
    ))
      expect(messages(trainingStale, document, "Ashdown-Reyes"), document.format).toHaveLength(1);
  });

  it("stays the role: a bracket of tenure dates the appointment, no course (nothing lapses)", () => {
    for (const document of layouts(
      TITLE,
      PEOPLE,
      RULE,
      deputy(["Designated Safeguarding Lead (interim), 10 October 2023"]),
    ))
      expect(messages(trainingStale, document, "Ashdown-Reyes"), document.format).toEqual([]);
  });
});

describe("2. a body's capitalised name with 'Yearly' in it is no rule", () => {
  const TITLE = "Safeguarding Policy — Wendle Area Meeting";
  const PEOPLE = [
    "Our Safeguarding Co-ordinator is Ruth Emberly-Sands (07700 900 511).",
    "If Ruth is away, Mr Ivo Braddock-Lunn takes her place as Assistant Safeguarding Co-ordinator (07700 900 512).",
  ];
  const RULE = "Co-ordinators renew their safeguarding training every three years.";
  const blocks = (ivo: string[]): Block[] => [
    {
      name: "Ruth Emberly-Sands",
      lines: [
        "· Safeguarding Co-ordinator training (Wendle Yearly Meeting), 6 March 2025",
        "· Wendle SCP Level 3 multi-agency course, 20 November 2025",
      ],
    },
    { name: "Mr Ivo Braddock-Lunn", lines: ivo },
  ];
  for (const line of [
    "· Wendle Yearly Meeting safeguarding induction: no date recorded",
    "· Safeguarding induction (Wendle Yearly Meeting): no date recorded",
    "· Wendle Yearly Meeting safeguarding induction – date not known",
  ])
    it(`is his undated record: ${line}`, () => {
      for (const document of layouts(
        TITLE,
        PEOPLE,
        RULE,
        blocks([line, "· Young Friends residential leaders' day, 14 June 2025"]),
        "Training",
      ))
        expect(messages(trainingUndated, document, "Braddock-Lunn"), document.format).toHaveLength(1);
    });

  it("Ruth's course named with the Meeting's name is still hers (no finding for her)", () => {
    for (const document of layouts(
      TITLE,
      PEOPLE,
      RULE,
      blocks(["· Wendle Yearly Meeting safeguarding induction: no date recorded"]),
      "Training",
    )) {
      expect(messages(trainingMissing, document, "Emberly-Sands"), document.format).toEqual([]);
      expect(messages(trainingStale, document, "Emberly-Sands"), document.format).toEqual([]);
    }
  });

  it("stays a rule: a lower-case 'yearly' under his name", () => {
    for (const document of layouts(
      TITLE,
      PEOPLE,
      RULE,
      blocks(["· Safeguarding refresher, yearly: date to be confirmed"]),
      "Training",
    ))
      expect(messages(trainingUndated, document, "Braddock-Lunn"), document.format).toEqual([]);
  });
});

describe("3. a name the tagger is unsure of, a job in brackets, a dated course under it", () => {
  const TITLE = "Safeguarding Policy — Tarnside Riding Centre";
  const PEOPLE = ["Safeguarding Lead: Mrs Kerry-Ann Bowditch (07700 900 611)"];
  const RULE =
    "All instructors hold a current enhanced DBS check and complete the safeguarding course when they start and every three years after that.";
  const blocks = (name: string, lines: string[]): Block[] => [
    {
      name: "**Mrs Kerry-Ann Bowditch**",
      lines: ["Safeguarding Children Level 2 – 08/01/2025", "Emergency first aid – March 2022"],
    },
    { name, lines },
  ];
  for (const name of [
    "**Morwenna Trevail** (Instructor)",
    "Morwenna Trevail (Instructor)",
    "**Morwenna Trevail** (Instructor, holiday days)",
    "**Lowenna Jory** (Groom)",
  ])
    it(`her course lapsed in October 2026: ${name}`, () => {
      for (const document of layouts(
        TITLE,
        PEOPLE,
        RULE,
        blocks(name, ["Safeguarding Children Level 2 – Oct 2023", "DBS: 2023"]),
        "Training and checks",
      )) {
        const who = name.replace(/\*\*/g, "").replace(/\s*\(.*$/, "");
        expect(messages(trainingStale, document, who), document.format).toHaveLength(1);
        expect(messages(trainingStale, document, "Bowditch"), document.format).toEqual([]);
      }
    });

  it("a later DBS year is a check, not her latest training", () => {
    for (const document of layouts(
      TITLE,
      PEOPLE,
      RULE,
      blocks("**Morwenna Trevail** (Instructor)", ["Safeguarding Children Level 2 – Oct 2023", "DBS: 2026"]),
      "Training and checks",
    ))
      expect(messages(trainingStale, document, "Morwenna Trevail"), document.format).toHaveLength(1);
  });

  it("stays current: her course of May 2024", () => {
    for (const document of layouts(
      TITLE,
      PEOPLE,
      RULE,
      blocks("**Morwenna Trevail** (Instructor)", [
        "Safeguarding Children Level 2 – 21 May 2024",
        "DBS: 2024",
      ]),
      "Training and checks",
    ))
      expect(messages(trainingStale, document, "Trevail"), document.format).toEqual([]);
  });
});

describe("4. a lead's title then a course word and a date, under a person's name, is that person's record", () => {
  const TITLE = "Child Protection Policy — Fellgate Academies Trust";
  const PEOPLE = [
    "| Academy | Designated Safeguarding Lead | Deputy DSL |\n|---|---|---|\n| Aldwick Primary | Mr Tobias Quayle-Hart, Headteacher | Ms Jun Whitcombe |\n| Birchen Primary | Mrs Lina Sorokin, Deputy Headteacher | Mr Cai Penrose |",
  ];
  const RULE =
    "DSLs and deputies renew their DSL training every two years; all staff renew safeguarding training every three years.";
  const blocks = (first: string): Block[] => [
    { name: "**Mr Tobias Quayle-Hart**", lines: ["- DSL refresher (Wendle SCP), 2 February 2026"] },
    { name: "**Ms Jun Whitcombe**", lines: ["- Deputy DSL course, 12 May 2025"] },
    { name: "**Mr Cai Penrose**", lines: ["- Deputy DSL course, 13 May 2025"] },
    {
      name: "**Mrs Lina Sorokin**",
      lines: [`- ${first}`, "- Booked: DSL refresher (Wendle SCP), 21 January 2027"],
    },
  ];
  const md = (first: string) => layouts(TITLE, PEOPLE, RULE, blocks(first), "5. Training")[0];
  const pdf = (first: string) =>
    pdfDocument(
      [
        TITLE,
        "2. Who to contact",
        "Academy Designated Safeguarding Lead Deputy DSL",
        "Aldwick Primary: DSL Mr Tobias Quayle-Hart, Headteacher; deputy Ms Jun Whitcombe",
        "Birchen Primary: DSL Mrs Lina Sorokin, Deputy Headteacher; deputy Mr Cai Penrose",
        "5. Training",
        RULE,
        ...blocks(first).flatMap((b) => [
          b.name.replace(/\*\*/g, ""),
          ...b.lines.map((l) => `● ${l.slice(2)}`),
        ]),
      ].join("\n"),
    );
  for (const first of [
    "Designated Safeguarding Lead – Level 3 refresher, 8 October 2024",
    "Designated Safeguarding Lead – refresher course, 8 October 2024",
    "DSL – two-day course (Wendle SCP), 8 October 2024",
    "Designated Safeguarding Lead training (new to role), 8 October 2024",
  ])
    it(`her course lapsed in October 2026, not Mr Quayle-Hart's: ${first}`, () => {
      for (const document of [md(first), pdf(first)]) {
        expect(messages(trainingStale, document, "Sorokin"), document.format).toHaveLength(1);
        expect(messages(trainingStale, document, "Quayle-Hart"), document.format).toEqual([]);
      }
    });

  it("stays the deputy's: a line opening with another lead's title under the lead's block", () => {
    const document = markdownDocument(
      [
        "# Safeguarding Policy — Penmorva Playgroup",
        "",
        "## 2. Who to contact",
        "",
        "Designated Safeguarding Lead: Mrs Tressa Jago (01632 960 711)",
        "",
        "Deputy DSL: Mr Austell Kemp (01632 960 712)",
        "",
        "## 5. Training",
        "",
        "Tressa Jago",
        "· Designated Safeguarding Lead training (county early years team) – 22 March 2024",
        "",
        "Deputy DSL – Designated Safeguarding Lead refresher – 18/09/2025",
        "",
      ].join("\n"),
    );
    expect(messages(trainingStale, document, "Tressa Jago")).toHaveLength(1);
    expect(messages(trainingMissing, document, "Austell Kemp")).toEqual([]);
  });

  it("stays the role: a lead's title line under a name that names another person", () => {
    const document = md("Designated Safeguarding Lead – Mr Piotr Halloran");
    expect(messages(trainingStale, document, "Sorokin"), document.format).toEqual([]);
  });
});

describe("Word keeps each block too (case 4)", () => {
  it("as a list under a bold name", () => {
    const document = wordDocument(
      [
        "<h1>Child Protection Policy — Fellgate Academies Trust</h1>",
        "<h2>2. Who to contact</h2>",
        "<p>Designated Safeguarding Lead (Aldwick): Mr Tobias Quayle-Hart</p>",
        "<p>Designated Safeguarding Lead (Birchen): Mrs Lina Sorokin</p>",
        "<h2>5. Training</h2>",
        "<p>DSLs renew their DSL training every two years.</p>",
        "<p><strong>Mr Tobias Quayle-Hart</strong></p>",
        "<ul><li>DSL refresher (Wendle SCP), 2 February 2026</li></ul>",
        "<p><strong>Mrs Lina Sorokin</strong></p>",
        "<ul><li>Designated Safeguarding Lead – Level 3 refresher, 8 October 2024</li><li>Booked: DSL refresher (Wendle SCP), 21 January 2027</li></ul>",
      ].join(""),
    );
    expect(messages(trainingStale, document, "Sorokin")).toHaveLength(1);
    expect(messages(trainingStale, document, "Quayle-Hart")).toEqual([]);
  });
});
