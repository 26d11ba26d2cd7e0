/**
 * training-missing and training-stale (held-out set zz165), in our own words; every name is invented. As of 1 December
 * 2026. A dance school names its lead only in the page footer ("Designated Safeguarding Lead: Mrs Ffion Ashcombe-Oduya
 * · 07700 900431") and its training table gives her row by her role, not her name: "| DSL (see footer) | Designated
 * Safeguarding Lead | Designated Lead, Level 3 | 4 March 2025 |".
 * Now counts: a training row (or line) whose person is a lead's role — "DSL", "DSL (see footer)", "Designated
 * Safeguarding Lead", "The DSL (named below)", "Deputy DSL", "Our Welfare Officer" — is the record of the policy's one
 * holder of that role, wherever the policy names them: she is not reported as untrained, and a lapsed date in that
 * row is reported as her training ("Mrs Ffion Ashcombe-Oduya's most recent …").
 * Stays as it is: a row for a group ("Staff (all)", "Volunteers") is nobody's record; a role two people hold (a lead
 * at each site) ties the row to neither of them (a lapsed date there stays the role's, not either person's).
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const TITLE = "Quaystone Dance Academy — Safeguarding Policy";
const HEADER = ["Name", "Role", "Safeguarding course", "Completed", "Chaperone licence expires"];
const BODY = [
  "The Designated Safeguarding Lead (see the footer) takes every concern and makes referrals. The deputy is our Head of Ballet, Mr Tobias Wrenfield (07700 900432).",
  "The DSL and deputy renew their designated lead training every two years; teachers renew a safeguarding course every three years.",
];
const FOOTER =
  "Designated Safeguarding Lead: Mrs Ffion Ashcombe-Oduya · 07700 900431 · dsl@quaystone.example.org";
const DEPUTY_ROW = [
  "Tobias Wrenfield",
  "Deputy DSL / Head of Ballet",
  "Designated Lead, Level 3",
  "9 May 2025",
  "n/a",
];
const TEACHER_ROW = [
  "Marisol Quennell",
  "Tap teacher",
  "Safeguarding Children Level 2",
  "14 January 2026",
  "n/a",
];

/** The policy in Markdown and as Word gives it: body, training table, then the footer line. */
function layouts(rows: string[][], body = BODY, footer = FOOTER): SourceDocument[] {
  const md = (cells: string[]) => `| ${cells.join(" | ")} |`;
  const td = (cells: string[]) => `<tr>${cells.map((c) => `<td><p>${c}</p></td>`).join("")}</tr>`;
  return [
    markdownDocument(
      [
        `# ${TITLE}`,
        "",
        "## 2. Responsibilities",
        "",
        ...body.flatMap((p) => [p, ""]),
        "## 3. Training",
        "",
        md(HEADER),
        md(HEADER.map(() => "---")),
        ...rows.map(md),
        "",
        "## 4. Records",
        "",
        "Records are kept securely by the DSL.",
        "",
        "<!-- footer -->",
        footer,
        "",
      ].join("\n"),
    ),
    wordDocument(
      [
        `<h1>${TITLE}</h1>`,
        "<h2>2. Responsibilities</h2>",
        ...body.map((p) => `<p>${p}</p>`),
        "<h2>3. Training</h2>",
        `<table>${td(HEADER)}${rows.map(td).join("")}</table>`,
        "<h2>4. Records</h2>",
        "<p>Records are kept securely by the DSL.</p>",
        `<p>${footer}</p>`,
      ].join("\n"),
    ),
  ];
}

const messages = (rule: typeof trainingMissing, document: SourceDocument) =>
  run(rule, document).map((f) => f.message);

const leadRow = (who: string, date = "4 March 2025") => [
  who,
  "Designated Safeguarding Lead",
  "Designated Lead, Level 3",
  date,
  "31/08/2027",
];

describe("a training row whose person is the lead's role is the one lead's record", () => {
  for (const who of [
    "DSL (see footer)",
    "DSL",
    "Designated Safeguarding Lead",
    "The DSL (named below)",
    "DSL (name in footer)",
  ])
    it(`her training is recorded: ${who}`, () => {
      for (const document of layouts([leadRow(who), DEPUTY_ROW, TEACHER_ROW]))
        expect(messages(trainingMissing, document), document.format).toEqual([]);
    });

  for (const who of ["DSL (see footer)", "DSL", "Designated Safeguarding Lead"])
    it(`a lapsed date in that row is reported as her training: ${who}`, () => {
      for (const document of layouts([leadRow(who, "4 March 2023"), DEPUTY_ROW, TEACHER_ROW])) {
        const stale = messages(trainingStale, document).filter((m) => m.includes("4 March 2023"));
        expect(stale, document.format).toHaveLength(1);
        expect(stale[0], document.format).toMatch(/^Mrs Ffion Ashcombe-Oduya's most recent /);
        expect(messages(trainingMissing, document), document.format).toEqual([]);
      }
    });

  it("a row under the deputy's role is the one deputy's", () => {
    const deputy = ["Deputy DSL", "Head of Ballet", "Designated Lead, Level 3", "9 May 2025", "n/a"];
    const lead = leadRow("Ffion Ashcombe-Oduya");
    for (const document of layouts([lead, deputy, TEACHER_ROW]))
      expect(messages(trainingMissing, document), document.format).toEqual([]);
  });

  it("a club's row under 'Our Welfare Officer' is its one welfare officer's", () => {
    const body = [
      "Welfare Officer: Ms Rhiannon Calder-Voss (07700 900433). Deputy Welfare Officer: Mr Tobias Wrenfield (07700 900432).",
    ];
    const row = [
      "Our Welfare Officer",
      "Welfare Officer",
      "Safeguarding and Protecting Children",
      "4 March 2023",
      "n/a",
    ];
    for (const document of layouts(
      [row, DEPUTY_ROW, TEACHER_ROW],
      body,
      "Quaystone Dance Academy · Registered charity",
    )) {
      expect(messages(trainingMissing, document), document.format).toEqual([]);
      const stale = messages(trainingStale, document).filter((m) => m.includes("4 March 2023"));
      expect(stale, document.format).toHaveLength(1);
      expect(stale[0], document.format).toMatch(/^Ms Rhiannon Calder-Voss's most recent /);
    }
  });
});

describe("a training line whose person is the lead's role is the one lead's record", () => {
  const lines = (first: string) => [
    `${first} – Advanced Safeguarding, Level 3, 4 March 2023`,
    "Tobias Wrenfield – Advanced Safeguarding, Level 3, 9 May 2025",
    "Marisol Quennell – Safeguarding Children Level 2, 14 January 2026",
  ];
  const lineLayouts = (items: string[]) => [
    markdownDocument(
      [
        `# ${TITLE}`,
        "",
        "## 2. Responsibilities",
        "",
        BODY[0],
        "",
        "## 3. Training",
        "",
        ...items.map((i) => `- ${i}`),
        "",
        "<!-- footer -->",
        FOOTER,
        "",
      ].join("\n"),
    ),
    wordDocument(
      [
        `<h1>${TITLE}</h1>`,
        "<h2>2. Responsibilities</h2>",
        `<p>${BODY[0]}</p>`,
        "<h2>3. Training</h2>",
        `<ul>${items.map((i) => `<li>${i}</li>`).join("")}</ul>`,
        `<p>${FOOTER}</p>`,
      ].join("\n"),
    ),
  ];
  for (const first of ["DSL (see footer)", "The DSL (named below)"])
    it(`her lapsed course is hers: ${first}`, () => {
      for (const document of lineLayouts(lines(first))) {
        expect(messages(trainingMissing, document), document.format).toEqual([]);
        const stale = messages(trainingStale, document).filter((m) => m.includes("4 March 2023"));
        expect(stale, document.format).toHaveLength(1);
        expect(stale[0], document.format).toMatch(/^Mrs Ffion Ashcombe-Oduya's most recent /);
      }
    });
});

describe("stays as it is", () => {
  for (const who of ["Staff (all)", "Volunteers"])
    it(`a group's row is nobody's record: ${who}`, () => {
      for (const document of layouts([leadRow(who), DEPUTY_ROW, TEACHER_ROW])) {
        const missing = messages(trainingMissing, document);
        expect(missing, document.format).toHaveLength(1);
        expect(missing[0], document.format).toMatch(/Ashcombe-Oduya/);
      }
    });

  it("a role two people hold (a lead at each site) ties the row to neither", () => {
    const body = [
      "Designated Safeguarding Lead (Harbour studio): Mrs Ffion Ashcombe-Oduya (07700 900431).",
      "Designated Safeguarding Lead (Mill Lane studio): Mr Caspian Trevelyan-Hoyle (07700 900434).",
      "Deputy DSL: Mr Tobias Wrenfield (07700 900432).",
    ];
    for (const document of layouts(
      [leadRow("DSL (see footer)", "4 March 2023"), DEPUTY_ROW, TEACHER_ROW],
      body,
      "Quaystone Dance Academy · Registered charity",
    )) {
      const stale = messages(trainingStale, document).filter((m) => m.includes("4 March 2023"));
      expect(stale, document.format).toHaveLength(1);
      expect(stale[0], document.format).not.toMatch(/Ashcombe-Oduya|Trevelyan-Hoyle/);
    }
  });
});
