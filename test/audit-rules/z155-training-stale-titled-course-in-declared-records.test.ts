/**
 * training-stale (found by hand in realistic policies, session 45), in our own words; every name is invented. As of 1
 * December 2026. A course known by its own title, with no course word ("training", "course", "Level 3"), counts where
 * the layout says plainly that it holds training records:
 * - a table of people under a training heading, one column headed with a recognised course ("Basic Awareness") and
 *   others headed with a course's title alone ("Foundations", "Leadership"), their cells dates: each title column is
 *   a course. "Foundations" and "Leadership" are modules of one pathway, so a person's later module is their most
 *   recent (one finding for someone whose modules both lapsed); a booking ("booked Jan 2027"), "n/a" and "—" record
 *   nothing. Leadership is renewed every three years as the church's pathway sets (no school or early years
 *   designated lead's course of two years).
 * - lines under a "Training log (last completed):" label, each "Name — Designated Person (Early Years) 11/2023": the
 *   role's own words, then a date, in a training log, are that role's course (two years).
 * Stays as it is: the same title columns with no training heading over the table, or in a table with no recognised
 * course column; a column of another check ("Code of conduct signed", "Supervision"); first aid; a role's words with a
 * date anywhere but a training log ("Designated Person since 2019", "Deputy Manager from 03/2025", "appointed DSL in
 * 2021"), and in a training log a role's tenure ("Designated Person since 2019", "DSL (interim) 03/2022").
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const asOf = "2026-12-01";
const messages = (document: SourceDocument) => run(trainingStale, document, asOf).map((f) => f.message);

// ---------------------------------------------------------------------------------------------------------------
// A parish's training table
// ---------------------------------------------------------------------------------------------------------------

const PARISH_ROWS = [
  ["Person", "Role", "Basic Awareness", "Foundations", "Leadership"],
  ["Ada Pellow", "PSO", "2022", "14/02/2024", "21/03/2024"],
  ["Ewan Marchbank", "Assistant PSO", "2023", "09/09/2023", "booked Jan 2027"],
  ["Revd Canon Piers Loxley", "Incumbent", "—", "05/2022", "05/2022"],
  ["Tilly Quarrie", "Youth Worker", "01/10/2025", "01/10/2025", "n/a"],
];

function parishMarkdown(rows = PARISH_ROWS, heading = "## 3. Training"): SourceDocument {
  const [header, ...body] = rows;
  return markdownDocument(
    [
      "# St Aldhelm's, Brackenford — Parish Safeguarding Policy",
      "",
      "## 2. Who's who",
      "",
      "The Parish Safeguarding Officer (PSO) is Mrs Ada Pellow, 07700 900511.",
      "",
      heading,
      "",
      "Everyone with a role completes the training the diocese sets for it, and renews it every three years.",
      "",
      `| ${header.join(" | ")} |`,
      `|${header.map(() => "---").join("|")}|`,
      ...body.map((r) => `| ${r.join(" | ")} |`),
      "",
      "## 4. Recruitment",
      "",
      "We follow safer recruitment practice.",
      "",
    ].join("\n"),
  );
}

function parishWord(rows = PARISH_ROWS): SourceDocument {
  const [header, ...body] = rows;
  return wordDocument(
    [
      "<h1>St Aldhelm's, Brackenford — Parish Safeguarding Policy</h1>",
      "<h2>2. Who's who</h2>",
      "<p>The Parish Safeguarding Officer (PSO) is Mrs Ada Pellow, 07700 900511.</p>",
      "<h2>3. Training</h2>",
      "<p>Everyone with a role completes the training the diocese sets for it, and renews it every three years.</p>",
      "<table>",
      `<tr>${header.map((t) => `<td><p><strong>${t}</strong></p></td>`).join("")}</tr>`,
      ...body.map((r) => `<tr>${r.map((t) => `<td><p>${t}</p></td>`).join("")}</tr>`),
      "</table>",
      "<h2>4. Recruitment</h2>",
      "<p>We follow safer recruitment practice.</p>",
    ].join("\n"),
  );
}

const of = (all: string[], name: string) => all.filter((m) => m.includes(name));

describe("a course's title alone as a column of a training table, beside a recognised course", () => {
  for (const [format, document] of [
    ["md", parishMarkdown()],
    ["docx", parishWord()],
  ] as const)
    it(`reports each lapsed record once per person (${format})`, () => {
      const all = messages(document);
      // Her Basic Awareness of 2022 lapsed; her Foundations and Leadership of 2024 are valid.
      expect(of(all, "Ada Pellow"), format).toHaveLength(1);
      expect(of(all, "Ada Pellow")[0], format).toMatch(/Basic Awareness .*2022/);
      // Foundations of 9 September 2023 lapsed on 9 September 2026; Leadership is only booked.
      expect(of(all, "Ewan Marchbank"), format).toHaveLength(1);
      expect(of(all, "Ewan Marchbank")[0], format).toMatch(/Foundations.*9 September 2023.*9 September 2026/);
      // Foundations and Leadership both of May 2022: one finding, his latest module, lapsed at the end of May 2025.
      expect(of(all, "Piers Loxley"), format).toHaveLength(1);
      expect(of(all, "Piers Loxley")[0], format).toMatch(/Leadership.*May 2022.*end of May 2025.*3 years/);
      expect(of(all, "Tilly Quarrie"), format).toEqual([]);
    });

  it("reads a heading naming training in other words, and a title column of another name", () => {
    const rows = PARISH_ROWS.map((r) => r.map((c) => (c === "Leadership" ? "Safeguarding Leadership" : c)));
    for (const heading of ["## Training record", "## 5. Safeguarding training and development"]) {
      const all = messages(parishMarkdown(rows, heading));
      expect(of(all, "Ewan Marchbank"), heading).toHaveLength(1);
      expect(of(all, "Piers Loxley"), heading).toHaveLength(1);
    }
  });
});

describe("stays as it is (a parish's table)", () => {
  it("with no training heading over the table: only the recognised course is read", () => {
    const all = messages(parishMarkdown(PARISH_ROWS, "## 3. Our people"));
    expect(of(all, "Ada Pellow")).toHaveLength(1);
    expect(of(all, "Ewan Marchbank")).toEqual([]);
    expect(of(all, "Piers Loxley")).toEqual([]);
  });

  it("with no recognised course column: the titles alone are not courses", () => {
    const rows = PARISH_ROWS.map((r) => r.filter((_, i) => i !== 2));
    expect(messages(parishMarkdown(rows))).toEqual([]);
  });

  it("a column of another check or of first aid beside the course", () => {
    for (const other of ["Code of conduct signed", "Supervision", "Paediatric First Aid", "Appraisal"]) {
      const rows = PARISH_ROWS.map((r) =>
        r.map((c, i) => (i === 3 ? (c === "Foundations" ? other : c) : c)).filter((_, i) => i !== 4),
      );
      const all = messages(parishMarkdown(rows));
      expect(of(all, "Ewan Marchbank"), other).toEqual([]);
      expect(of(all, "Piers Loxley"), other).toEqual([]);
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------
// A nursery's training log
// ---------------------------------------------------------------------------------------------------------------

const NURSERY_INTRO = [
  "Our designated persons for safeguarding are Mrs Carys Wendover (Nursery Manager) and Miss Priya Lomax (Deputy Manager).",
  "Both designated persons attend designated person training at least every two years.",
];

function nursery(log: string[], label = "Training log (last completed):"): SourceDocument[] {
  const title = "Little Wrens Day Nursery — Safeguarding Policy";
  return [
    markdownDocument(
      [
        `# ${title}`,
        "",
        "## Designated persons",
        "",
        ...NURSERY_INTRO.flatMap((p) => [p, ""]),
        label,
        ...log,
        "",
      ].join("\n"),
    ),
    wordDocument(
      [
        `<h1>${title}</h1>`,
        "<h2>Designated persons</h2>",
        ...NURSERY_INTRO.map((p) => `<p>${p}</p>`),
        `<p>${label}</p>`,
        ...log.map((l) => `<p>${l}</p>`),
      ].join(""),
    ),
    pdfDocument([title, "Designated persons", ...NURSERY_INTRO, label, ...log].join("\n")),
  ];
}

const LOG = [
  "Carys Wendover — Designated Person (Early Years) 03/2025; Paediatric First Aid 05/2024",
  "Priya Lomax — Designated Person (Early Years) 11/2023",
  "Jodie Trask — Safeguarding Level 2 09/2025",
];

describe("a role's own words and a date under a training log's label", () => {
  it("is the role's course: her designated person course of November 2023 lapsed at the end of November 2025", () => {
    for (const document of nursery(LOG)) {
      const all = messages(document);
      expect(all, document.format).toHaveLength(1);
      expect(all[0], document.format).toMatch(
        /^Priya Lomax's .*November 2023.*end of November 2025.*2 years/,
      );
    }
  });

  for (const line of [
    "Priya Lomax — Designated Person 11/2023",
    "Priya Lomax — Designated Safeguarding Lead (Early Years), 11/2023",
    "Priya Lomax – DSL 11/2023",
    "Priya Lomax: Designated Person (Early Years) – 11/2023",
  ])
    it(`in other words: ${line}`, () => {
      for (const document of nursery([LOG[0], line, LOG[2]])) {
        const all = messages(document);
        expect(all, document.format).toHaveLength(1);
        expect(all[0], document.format).toMatch(/^Priya Lomax's .*November 2023/);
      }
    });

  it("under another label that says the lines are records", () => {
    for (const label of ["Training records:", "Staff training record (latest):"])
      for (const document of nursery(LOG, label)) expect(messages(document), document.format).toHaveLength(1);
  });
});

describe("stays as it is (a nursery's lines)", () => {
  it("a role's words and a date with no training log's label: the role, not a course", () => {
    for (const document of nursery(LOG, "Our team:")) expect(messages(document), document.format).toEqual([]);
  });

  for (const line of [
    "Priya Lomax — Designated Person since 2019",
    "Priya Lomax — Deputy Manager from 03/2025",
    "Priya Lomax — appointed DSL in 2021",
    "Priya Lomax — DSL (interim) 03/2022",
    "Priya Lomax — Paediatric First Aid 05/2023",
  ])
    it(`in a training log, words that are no course: ${line}`, () => {
      for (const document of nursery([LOG[0], line, LOG[2]]))
        expect(messages(document), document.format).toEqual([]);
    });

  it("the role's words and a date in a sentence of the policy", () => {
    const text = [
      "# Little Wrens Day Nursery — Safeguarding Policy",
      "",
      "## Designated persons",
      "",
      ...NURSERY_INTRO.flatMap((p) => [p, ""]),
      "Priya Lomax has been our Designated Person since 11/2019.",
      "",
    ].join("\n");
    expect(messages(markdownDocument(text))).toEqual([]);
  });
});
