/**
 * training-undated and training-stale (held-out zz166), in our own words; every name is invented. As of 1 December 2026.
 * A training record kept as a list grouped by year: a line that is a year alone ("- 2024:", "2024:", "### 2024",
 * "**2024**") and under it the year's courses, each with a day and a month but no year: "  - Name – Designated
 * Safeguarding Lead refresher (Kestrel SCP), 12 September", "… two days, 6 and 7 March". Each item's date is its day
 * and month in the year of the group it sits under: no course is undated, and a lead's course of September 2024 has
 * lapsed (renewed every two years). The same in a Word file's nested list and in a PDF's text, whose bullets say the
 * level ("●" for the year, "○" for its items) and whose page width wraps an item onto the next line.
 * Stays as it is: a day and a month with no year and no year group is undated; a group that is no year ("- Other
 * courses:") after a year's group does not take that year; nor does a list after a paragraph that ends the year's
 * list; a year range ("Academic year 2024–25") is no year group (which year?).
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const TITLE = "Safeguarding Policy — Brackenridge Sixth Form";
const TEAM = [
  "Designated Safeguarding Lead: Ms Tamsin Fairhurst-Oyelaran (01632 960 401)",
  "Deputy Designated Safeguarding Lead: Mr Callum Ashgrove (01632 960 402)",
];
const INTRO = "Designated staff renew their training every two years. Courses completed, by year:";

type Group = { label: string; items: string[] };

const TAMSIN =
  "Tamsin Fairhurst-Oyelaran – Designated Safeguarding Lead refresher (Kestrel SCP), 12 September";
const RUTH = "Ruth Almond – Governor safeguarding training (online), 20 November";
const CALLUM = "Callum Ashgrove – DSL training, two days (Kestrel SCP), 6 and 7 March";
const STAFF = "All staff – Prevent awareness (e-learning), September";

const GROUPS: Group[] = [
  { label: "2024", items: [TAMSIN, RUTH] },
  { label: "2025", items: [CALLUM, STAFF] },
];

const markdown = (lines: string[]) =>
  markdownDocument(
    [
      `# ${TITLE}`,
      "",
      "## Safeguarding team",
      "",
      ...TEAM.flatMap((t) => [t, ""]),
      "## Training",
      "",
      INTRO,
      "",
      ...lines,
      "",
    ].join("\n"),
  );

/** The groups as a nested list in Markdown, a Word file (mammoth's nested lists) and a PDF's text (wrapped). */
function nestedLayouts(groups: Group[], after: string[] = []): SourceDocument[] {
  const md = markdown([
    ...groups.flatMap((g) => [`- ${g.label}:`, ...g.items.map((i) => `  - ${i}`)]),
    ...after.flatMap((a) => ["", a]),
  ]);
  const word = wordDocument(
    [
      `<h1>${TITLE}</h1>`,
      "<h2>Safeguarding team</h2>",
      ...TEAM.map((t) => `<p>${t}</p>`),
      "<h2>Training</h2>",
      `<p>${INTRO}</p>`,
      "<ul>",
      ...groups.map((g) => `<li>${g.label}:<ul>${g.items.map((i) => `<li>${i}</li>`).join("")}</ul></li>`),
      "</ul>",
      ...after.map((a) => `<p>${a}</p>`),
    ].join(""),
  );
  const wrap = (s: string) => s.replace(/(.{55,70}?) /g, "$1\n");
  const pdf = pdfDocument(
    [
      TITLE,
      "Safeguarding team",
      ...TEAM,
      "Training",
      INTRO,
      ...groups.flatMap((g) => [`● ${g.label}:`, ...g.items.map((i) => wrap(`○ ${i}`))]),
      ...after.map(wrap),
    ].join("\n"),
  );
  return [md, word, pdf];
}

const undated = (document: SourceDocument) => run(trainingUndated, document).map((f) => f.message);
const stale = (document: SourceDocument) => run(trainingStale, document).map((f) => f.message);

describe("a training record grouped by year: each item's day and month are in its group's year", () => {
  it("a nested list under year items, in Markdown, Word and a PDF", () => {
    for (const document of nestedLayouts(GROUPS)) {
      expect(undated(document), document.format).toEqual([]);
      const messages = stale(document);
      expect(messages, document.format).toHaveLength(1);
      expect(messages[0], document.format).toMatch(/Tamsin Fairhurst-Oyelaran/);
      expect(messages[0], document.format).toMatch(/12 September 2024/);
    }
  });

  for (const [what, label] of [
    ["a year line with a colon", (y: string) => `${y}:`],
    ["a year heading", (y: string) => `### ${y}`],
    ["a year in bold", (y: string) => `**${y}**`],
  ] as const)
    it(`items under ${what}`, () => {
      const document = markdown(
        GROUPS.flatMap((g) => [label(g.label), "", ...g.items.map((i) => `- ${i}`), ""]),
      );
      expect(undated(document)).toEqual([]);
      const messages = stale(document);
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatch(/Tamsin Fairhurst-Oyelaran.*12 September 2024/);
    });

  it("each group dates its own items: the 2023 course has lapsed, the 2025 one is still valid", () => {
    for (const document of nestedLayouts([
      { label: "2023", items: [CALLUM] },
      { label: "2025", items: [TAMSIN] },
    ])) {
      expect(undated(document), document.format).toEqual([]);
      const messages = stale(document);
      expect(messages, document.format).toHaveLength(1);
      expect(messages[0], document.format).toMatch(/Callum Ashgrove.*7 March 2023/);
    }
  });
});

describe("stays as it is", () => {
  it("a day and a month with no year and no year group: undated", () => {
    for (const document of [
      markdown([`- ${TAMSIN}`, `- ${CALLUM}`]),
      markdown(["Courses:", `- ${TAMSIN}`, `- ${CALLUM}`]),
    ]) {
      expect(undated(document)).toHaveLength(2);
      expect(stale(document)).toEqual([]);
    }
  });

  it("a group that is no year, after a year's group, does not take that year", () => {
    for (const document of nestedLayouts([
      { label: "2023", items: [CALLUM] },
      { label: "Other courses", items: [TAMSIN] },
    ])) {
      expect(stale(document).join(" "), document.format).not.toMatch(/Tamsin/);
      if (document.format === "pdf") continue;
      const messages = undated(document);
      expect(messages, document.format).toHaveLength(1);
      expect(messages[0], document.format).toMatch(/Tamsin Fairhurst-Oyelaran/);
    }
  });

  it("a list after a paragraph that ends the year's list is no item of its group", () => {
    const document = markdown(["- 2023:", `  - ${CALLUM}`, "", "Other courses:", "", `- ${TAMSIN}`]);
    const messages = undated(document);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/Tamsin Fairhurst-Oyelaran/);
    expect(stale(document).join(" ")).not.toMatch(/Tamsin/);
  });

  it("a year range is no year group", () => {
    const document = markdown(["Academic year 2024–25:", "", `- ${TAMSIN}`]);
    expect(undated(document)).toHaveLength(1);
  });
});

// Held-out zz167: a training table with one column per year ("| Name | 2023 | 2024 | 2025 | 2026 |"), each cell a
// course done in its column's year with the month in brackets ("Level 3 designated lead (Sep)"), or written out
// ("September", "Sep"). The cell's month is in its column's year; a cell with no month is dated to the year alone
// (counted from its end). A person's latest cell is their record. Stays: "booked", "—", "n/a" record nothing; a header
// of year ranges ("2023–24": which year?) or a table whose years are data ("| Year | Course |") dates no cell by its
// column.
const YEAR_TEAM = [
  "Designated Safeguarding Lead: Ms Delyth Ambrose-Kerr (07700 900 511)",
  "Deputy Designated Safeguarding Lead: Mr Oskar Penhallow (07700 900 512)",
];
const YEAR_INTRO =
  "Safeguarding courses by year of completion. Designated leads refresh every two years, other staff every three.";

/** The training table as Markdown and as a Word file's table (mammoth's HTML). */
function yearTableLayouts(header: string[], rows: string[][]): SourceDocument[] {
  const team = ["## Safeguarding team", "", ...YEAR_TEAM.flatMap((t) => [t, ""])];
  const md = markdownDocument(
    [
      "# Safeguarding Policy — Copperfold Trampoline Club",
      "",
      ...team,
      "## Training record",
      "",
      YEAR_INTRO,
      "",
      `| ${header.join(" | ")} |`,
      `|${header.map(() => "---").join("|")}|`,
      ...rows.map((r) => `| ${r.join(" | ")} |`),
      "",
    ].join("\n"),
  );
  const cells = (r: string[], tag: string) =>
    `<tr>${r.map((c) => `<${tag}><p>${c}</p></${tag}>`).join("")}</tr>`;
  const word = wordDocument(
    [
      "<h1>Safeguarding Policy — Copperfold Trampoline Club</h1>",
      "<h2>Safeguarding team</h2>",
      ...YEAR_TEAM.map((t) => `<p>${t}</p>`),
      "<h2>Training record</h2>",
      `<p>${YEAR_INTRO}</p>`,
      `<table>${cells(header, "td")}${rows.map((r) => cells(r, "td")).join("")}</table>`,
    ].join(""),
  );
  return [md, word];
}

const YEARS = ["Name", "2023", "2024", "2025", "2026"];
const DELYTH_CURRENT = [
  "Delyth Ambrose-Kerr",
  "",
  "Level 3 designated lead (Jan)",
  "",
  "Level 3 refresher (Feb)",
];

describe("a training table with one column per year", () => {
  it("a cell's month in brackets is in its column's year: the deputy's Level 3 of September 2024 has lapsed", () => {
    for (const document of yearTableLayouts(YEARS, [
      DELYTH_CURRENT,
      ["Oskar Penhallow", "Level 2 (Oct)", "Level 3 designated lead (Sep)", "", ""],
      ["Wren Castellano", "", "", "Safeguarding Children (online) (Mar)", ""],
    ])) {
      expect(undated(document), document.format).toEqual([]);
      const messages = stale(document);
      expect(messages, document.format).toHaveLength(1);
      expect(messages[0], document.format).toMatch(/Oskar Penhallow/);
      expect(messages[0], document.format).toMatch(/September 2024/);
    }
  });

  it("a member of staff's course of June 2023 has lapsed after three years", () => {
    for (const document of yearTableLayouts(YEARS, [
      DELYTH_CURRENT,
      ["Oskar Penhallow", "", "", "DSL training (Nov)", ""],
      ["Ffion Thackeray", "Safeguarding Children (NSPCC online) (Jun)", "", "", ""],
    ])) {
      expect(undated(document), document.format).toEqual([]);
      const messages = stale(document);
      expect(messages, document.format).toHaveLength(1);
      expect(messages[0], document.format).toMatch(/Ffion Thackeray.*June 2023/);
    }
  });

  it("a month written out, with or without brackets, and no month at all (the year's end)", () => {
    for (const [cell, lapsed] of [
      ["DSL refresher, September", /September 2024/],
      ["DSL refresher – Sept", /September 2024/],
      ["Designated lead course (September)", /September 2024/],
    ] as const)
      for (const document of yearTableLayouts(YEARS, [
        DELYTH_CURRENT,
        ["Oskar Penhallow", "", cell, "", ""],
      ])) {
        expect(undated(document), `${document.format} ${cell}`).toEqual([]);
        const messages = stale(document);
        expect(messages, `${document.format} ${cell}`).toHaveLength(1);
        expect(messages[0], `${document.format} ${cell}`).toMatch(lapsed);
      }
    for (const document of yearTableLayouts(YEARS, [
      DELYTH_CURRENT,
      ["Oskar Penhallow", "Designated lead course", "", "", ""],
    ])) {
      const messages = stale(document);
      expect(messages, document.format).toHaveLength(1);
      expect(messages[0], document.format).toMatch(/Oskar Penhallow.*2023/);
    }
    // The end of 2025, two years on, is still to come.
    for (const document of yearTableLayouts(YEARS, [
      DELYTH_CURRENT,
      ["Oskar Penhallow", "", "", "DSL refresher", ""],
    ]))
      expect(stale(document), document.format).toEqual([]);
  });

  it("a person's latest cell is their record: a refresher this year keeps the lead current", () => {
    for (const document of yearTableLayouts(YEARS, [
      DELYTH_CURRENT,
      ["Oskar Penhallow", "Level 3 designated lead (Mar)", "", "Level 3 refresher (Oct)", ""],
    ]))
      expect(stale(document), document.format).toEqual([]);
  });
});

describe("a training table with one column per year: stays as it is", () => {
  it("a cell that is booked, a dash or n/a records nothing", () => {
    for (const document of yearTableLayouts(YEARS, [
      DELYTH_CURRENT,
      ["Oskar Penhallow", "—", "n/a", "DSL training (Nov)", "booked"],
      ["Ffion Thackeray", "", "", "", "Level 2 booked (Mar)"],
    ])) {
      expect(stale(document), document.format).toEqual([]);
      expect(undated(document), document.format).toEqual([]);
    }
  });

  it("a header of year ranges dates no cell by its column", () => {
    for (const document of yearTableLayouts(
      ["Name", "2023–24", "2024–25", "2025–26"],
      [DELYTH_CURRENT.slice(0, 4), ["Oskar Penhallow", "Level 3 designated lead (Sep)", "", ""]],
    ))
      expect(stale(document).join(" "), document.format).not.toMatch(/Oskar Penhallow.*(?:2023|2024)/);
  });

  it("a table whose years are data is read as before", () => {
    for (const document of yearTableLayouts(
      ["Name", "Year", "Course"],
      [["Oskar Penhallow", "2025", "Level 3 designated lead"]],
    ))
      expect(stale(document), document.format).toEqual([]);
  });
});
