/**
 * training-stale and training-undated (session 48, held-out set), in our own words; every name is invented. As of
 * 1 December 2026.
 * A sports club dates a course by its season, as a school dates one by its term: "| Tamsin Rowe | Club Welfare
 * Officer | Safeguarding and Protecting Children | Winter 2022 |". "Winter 2022" is a date: winter runs over the turn
 * of the year (December 2022 to February 2023), or a club means January and February 2022; the period covers both
 * and ends with the later, February 2023, so a lapse is never reported early. Three years on, in February 2026, the
 * course has lapsed — training-stale, and no training-undated error. Also "Winter 2022/23", "winter 2022-23" and the
 * season in running text ("completed the CWO course in winter 2022") and on a training line.
 * Stays as it is: "Winter 2023" (to February 2024, so valid until February 2027 — not reported, though one reading
 * lapsed in February 2026); "Winter 2024"; a season word with no year ("the winter hubs", "the summer season",
 * "review after each summer season", "the Winter Olympics"); "Winter Term 2024" (a term some clubs and schools put
 * in the autumn and others in the new year, left unread like "Easter term"); Winter as a surname ("Mrs Jane Winter").
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { findDates } from "../../src/audit/text/dates.js";
import { markdownDocument, run } from "../fixtures/structure/documents.js";
import { sectionLayouts } from "../helpers/section-layouts.js";

const TITLE = "Ashby Vale Rugby Club — Safeguarding Policy";
const ROLES = [
  "Club Welfare Officer: Mrs Tamsin Rowe (07700 900 731)",
  "Deputy Welfare Officer: Mr Idris Vaughan (07700 900 732)",
];
const DEPUTY = "Mr Idris Vaughan completed Safeguarding and Protecting Children on 4 May 2025.";
const RENEWAL = "All safeguarding training is renewed every three years.";

const layouts = (training: string): SourceDocument[] =>
  sectionLayouts(TITLE, "Who to contact", [...ROLES, training, DEPUTY, RENEWAL]);

const table = (when: string): SourceDocument =>
  markdownDocument(
    [
      `# ${TITLE}`,
      "",
      "## Who to contact",
      "",
      ...ROLES.flatMap((r) => [r, ""]),
      "## Training",
      "",
      "| Name | Role | Course | Completed |",
      "|---|---|---|---|",
      `| Tamsin Rowe | Club Welfare Officer | Safeguarding and Protecting Children | ${when} |`,
      "| Idris Vaughan | Deputy Welfare Officer | Safeguarding and Protecting Children | 4 May 2025 |",
      "",
      RENEWAL,
      "",
    ].join("\n"),
  );

const rowe = (document: SourceDocument, rule = trainingStale) =>
  run(rule, document)
    .map((f) => f.message)
    .filter((m) => m.includes("Rowe"));

describe("a season and its year as the date of a course", () => {
  for (const when of ["Winter 2022", "Winter 2022/23", "winter 2022-23", "Winter, 2022"])
    it(`a table's "${when}" has lapsed: training-stale, not training-undated`, () => {
      const document = table(when);
      const stale = rowe(document);
      expect(stale).toHaveLength(1);
      expect(stale[0]).toMatch(/February 2026/);
      expect(rowe(document, trainingUndated)).toEqual([]);
    });

  for (const training of [
    "Mrs Tamsin Rowe completed the CWO course in winter 2022.",
    "Tamsin Rowe: Safeguarding and Protecting Children, Winter 2022",
    "Mrs Tamsin Rowe completed the CWO course in Winter 2022/23.",
  ])
    it(`in running text: ${training}`, () => {
      for (const document of layouts(training)) {
        const stale = rowe(document);
        expect(stale, document.format).toHaveLength(1);
        expect(stale[0], document.format).toMatch(/February 2026/);
        expect(rowe(document, trainingUndated), document.format).toEqual([]);
      }
    });

  it("runs from the earliest reading to the end of the latest", () => {
    expect(findDates("Completed Winter 2022.").map((d) => [d.text, d.date.first, d.date.last])).toEqual([
      ["Winter 2022", "2022-01-01", "2023-02-28"],
    ]);
    expect(findDates("Completed winter 2023/24.").map((d) => [d.text, d.date.first, d.date.last])).toEqual([
      ["winter 2023/24", "2023-12-01", "2024-02-29"],
    ]);
  });
});

describe("stays as it is", () => {
  for (const when of ["Winter 2023", "Winter 2024", "Winter 2025/26"])
    it(`"${when}" ends in February of the next year: still valid, and dated`, () => {
      const document = table(when);
      expect(rowe(document)).toEqual([]);
      expect(rowe(document, trainingUndated)).toEqual([]);
    });

  for (const text of [
    "Sessions run at the winter hubs on Tuesday evenings.",
    "The summer season starts in April.",
    "The policy is reviewed after each summer season.",
    "Two of our juniors went to the Winter Olympics trials.",
    "The 2022 Winter Olympics were held in Beijing.",
    "Winter Term 2024 coaching ends in December.",
    "Winter 1 2025 and winter half term 2025 are not seasons of a year.",
    "Winter 2022/24 is not one winter.",
  ])
    it(`no season date: ${text}`, () => {
      expect(findDates(text).filter((d) => /winter|summer/i.test(d.text))).toEqual([]);
    });

  it("Winter as a surname is a person, not a season", () => {
    const document = markdownDocument(
      [
        `# ${TITLE}`,
        "",
        "## Who to contact",
        "",
        "Club Welfare Officer: Mrs Jane Winter (07700 900 741)",
        "",
        "| Name | Role | Course | Completed |",
        "|---|---|---|---|",
        "| Jane Winter | Club Welfare Officer | Safeguarding and Protecting Children | 4 May 2025 |",
        "",
      ].join("\n"),
    );
    expect(run(trainingStale, document)).toEqual([]);
    expect(run(trainingUndated, document)).toEqual([]);
  });
});
