/**
 * training-stale and training-missing (session 48, held-out zz163), in our own words; every name is invented. As of
 * 1 December 2026.
 * Pattern: a line that only introduces the list under it with its holder as the subject — a pronoun ("She has
 * completed:", "He has attended:", "They have done the following:") or a first name ("Ewan has completed:") — gives
 * the list's courses to that person: for a pronoun, the one person the paragraph just before names (or, when it names
 * more, the first, while no other it names is of that pronoun by title); for a first name, the one person named in
 * full with it. Before, such a line kept the person above only while it was short, so "Ewan has completed:" left the
 * deputy's course to nobody (a false training-missing) and "She has completed the following courses:" left the lead's
 * lapsed course unreported.
 * Also: one person whose first name is spelt two ways, with one surname and one role ("Katherine Abernethy-Lowe" in
 * the contacts, "Katharine Abernethy-Lowe" over her courses), has the courses of both spellings.
 * Stays as it is: "Staff have completed:" (a group's list, nobody's); "She has completed:" after a paragraph naming two
 * women (whose?); a pronoun the title does not fit; a first name two leads share; two names of one surname for two
 * roles ("Mr Francis Hale" the lead, "Mrs Frances Hale" the deputy) are two people.
 * Markdown and Word.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const TITLE = "Larkspur Community Centre — Safeguarding Policy for Children";

/** A paragraph (a string) or a list (its items). */
type Part = string | string[];

function layouts(parts: Part[]): SourceDocument[] {
  return [
    markdownDocument(
      [
        `# ${TITLE}`,
        "",
        "## Who keeps children safe",
        "",
        ...parts.flatMap((p) => (typeof p === "string" ? [p, ""] : [...p.map((i) => `- ${i}`), ""])),
      ].join("\n"),
    ),
    wordDocument(
      [
        `<h1>${TITLE}</h1>`,
        "<h2>Who keeps children safe</h2>",
        ...parts.map((p) =>
          typeof p === "string" ? `<p>${p}</p>` : `<ul>${p.map((i) => `<li>${i}</li>`).join("")}</ul>`,
        ),
      ].join(""),
    ),
  ];
}

const ROLES = [
  "Safeguarding Lead: Rosalind Penhaligon-Tate (01632 960 411)",
  "Deputy Safeguarding Lead: Ewan Marchetti (07700 900 412)",
];
const ABOUT_ROSALIND =
  "Rosalind Penhaligon-Tate has led safeguarding at the centre since 2021. She keeps the records and passes every concern to the local authority on the same day.";
const ABOUT_EWAN =
  "Ewan Marchetti runs the Saturday youth club and covers for the lead when she is away. He is the first person volunteers speak to at the club.";
/** Rosalind's courses: the lead's course lapsed in March 2025 (two years) or March 2026 (three years). */
const HERS = [
  "Designated Safeguarding Lead course (Hollowmere SCP), March 2023",
  "Safer Recruitment (online), 12 May 2025",
];
const HIS = ["Designated Safeguarding Lead course (Hollowmere SCP), 30th January 2025"];

const stale = (document: SourceDocument) => run(trainingStale, document).map((f) => f.message);
const missing = (document: SourceDocument) => run(trainingMissing, document).map((f) => f.message);

/** Rosalind's lapsed course is reported as hers, and nobody's training is missing. */
function hersLapsedNoneMissing(parts: Part[]) {
  for (const document of layouts(parts)) {
    const messages = stale(document);
    expect(messages, document.format).toHaveLength(1);
    expect(messages[0], document.format).toMatch(/^Rosalind Penhaligon-Tate's most recent .*March 2023/);
    expect(missing(document), document.format).toEqual([]);
  }
}

describe("a list under a line whose subject is a pronoun or a first name is that person's", () => {
  for (const [hers, his] of [
    ["She has completed:", "Ewan has completed:"],
    ["She has completed the following courses:", "Ewan has completed the following:"],
    ["She has also attended:", "Ewan has attended:"],
    ["Rosalind has completed:", "Ewan has done the following:"],
    ["They have done the following:", "Ewan has completed:"],
  ])
    it(`${hers} / ${his}`, () => {
      hersLapsedNoneMissing([...ROLES, ABOUT_ROSALIND, hers, HERS, his, HIS]);
    });

  it("a pronoun after a paragraph about the deputy", () => {
    hersLapsedNoneMissing([...ROLES, ABOUT_EWAN, "He has attended:", HIS, "Rosalind has completed:", HERS]);
  });

  it("a pronoun after a paragraph naming her first and a man the title says is not she", () => {
    const roles = [
      "Safeguarding Lead: Rosalind Penhaligon-Tate (01632 960 411)",
      "Deputy Safeguarding Lead: Mr Ewan Marchetti (07700 900 412)",
    ];
    const about =
      "Our lead, Rosalind Penhaligon-Tate, keeps the records. When she is away, Mr Ewan Marchetti takes her place.";
    hersLapsedNoneMissing([...roles, about, "She has completed:", HERS, "Ewan has completed:", HIS]);
  });
});

describe("one person whose first name is spelt two ways, one surname and one role", () => {
  it("the contacts' spelling has the courses listed under the other", () => {
    const roles = [
      "Safeguarding Lead: Katherine Abernethy-Lowe (01632 960 421)",
      "Deputy Safeguarding Lead: Ewan Marchetti (07700 900 412)",
    ];
    const about =
      "Our Safeguarding Lead, Katharine Abernethy-Lowe, keeps the records and passes every concern to the local authority on the same day.";
    for (const document of layouts([
      ...roles,
      about,
      "She has completed:",
      HERS,
      "Ewan has completed:",
      HIS,
    ])) {
      expect(missing(document), document.format).toEqual([]);
      const messages = stale(document);
      expect(messages, document.format).toHaveLength(1);
      expect(messages[0], document.format).toMatch(/^Katharine Abernethy-Lowe's most recent .*March 2023/);
    }
  });
});

describe("stays as it is", () => {
  it("a group's list: not the lead's", () => {
    for (const document of layouts([
      ...ROLES,
      ABOUT_ROSALIND,
      "Staff have completed:",
      HERS,
      "Ewan has completed:",
      HIS,
    ]))
      for (const message of stale(document)) expect(message, document.format).not.toMatch(/Rosalind/);
  });

  it("a pronoun after a paragraph naming two women: the list is neither's", () => {
    const roles = [
      "Safeguarding Lead: Mrs Rosalind Penhaligon-Tate (01632 960 411)",
      "Deputy Safeguarding Lead: Mr Ewan Marchetti (07700 900 412)",
    ];
    const about =
      "Mrs Rosalind Penhaligon-Tate chairs the safeguarding group with Mrs Joy Abernethy, the centre manager.";
    for (const document of layouts([...roles, about, "She has completed:", HERS, "Ewan has completed:", HIS]))
      for (const message of stale(document)) expect(message, document.format).not.toMatch(/Rosalind|Joy/);
  });

  it("a pronoun her title does not fit: not hers", () => {
    const roles = [
      "Safeguarding Lead: Mrs Rosalind Penhaligon-Tate (01632 960 411)",
      "Deputy Safeguarding Lead: Mr Ewan Marchetti (07700 900 412)",
    ];
    const about = "Mrs Rosalind Penhaligon-Tate has led safeguarding at the centre since 2021.";
    for (const document of layouts([...roles, about, "He has completed:", HERS, "Ewan has completed:", HIS]))
      for (const message of stale(document)) expect(message, document.format).not.toMatch(/Rosalind/);
  });

  it("a first name two leads share: the list is neither's", () => {
    const roles = [...ROLES, "Deputy Safeguarding Lead: Ewan Doyle (07700 900 413)"];
    for (const document of layouts([
      ...roles,
      ABOUT_ROSALIND,
      "She has completed:",
      HIS,
      "Ewan has completed:",
      HERS,
    ]))
      for (const message of stale(document)) expect(message, document.format).not.toMatch(/Ewan/);
  });

  it("two names of one surname for two roles are two people", () => {
    const roles = [
      "Safeguarding Lead: Mr Francis Hale (01632 960 411)",
      "Deputy Safeguarding Lead: Mrs Frances Hale (07700 900 412)",
    ];
    for (const document of layouts([
      ...roles,
      "Mr Francis Hale has led safeguarding at the centre since 2021.",
      "He has completed:",
      HIS,
    ])) {
      const messages = missing(document);
      expect(messages, document.format).toHaveLength(1);
      expect(messages[0], document.format).toMatch(/Frances Hale/);
    }
  });
});
