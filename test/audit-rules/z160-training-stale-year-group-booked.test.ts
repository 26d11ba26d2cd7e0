/**
 * training-stale (held-out zz166), in our own words; every name is invented. As of 1 December 2026.
 * A training record grouped by year ("- 2024:" over "  - Name – DSL refresher (Kestrel SCP), 12 September") that ends
 * with a group of courses still to come: "- Booked:" over "  - Name – DSL refresher, 19 and 20 January 2027". The
 * booked group's items are bookings, not completions: a deputy's DSL refresher of September 2024 has lapsed (renewed
 * every two years), and the refresher booked for January 2027 does not stand in for it. The same under "- Planned:" or
 * "- Next course:", under a "Booked:" line over a plain list, with the deputy named under a bold role line, and in a
 * Word file's nested list and a PDF's text ("●" for the group, "○" for its items, wrapped).
 * Stays as it is: a booked course alone is no record (no finding); a year group's record that is still current stays
 * silent beside a booking; an item the booked group says was done ("attended 3 March 2026") is a record; a group that
 * is no booking ("- Other courses:") keeps its item, dated ahead or not, as written; the booked group ends at the next
 * item at its level, so a later year's record is a record.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const TITLE = "Safeguarding Policy — Fellgate Sixth Form College";
const TEAM = [
  "Designated Safeguarding Lead: Ms Rowena Achterberg (01632 960 431)",
  "Deputy Designated Safeguarding Lead (16–19): Mr Lorcan Whitlow-Page (01632 960 432)",
];
const INTRO = "Designated staff renew their formal training every two years. Courses completed, by year:";

type Group = { label: string; items: string[] };

const LORCAN_2024 =
  "Lorcan Whitlow-Page – Designated Safeguarding Lead refresher (Kestrel SCP), 12 September";
const LORCAN_2026 = "Lorcan Whitlow-Page – DSL refresher (Kestrel SCP), 10 March";
const ROWENA_2025 = "Rowena Achterberg – DSL refresher, two days (Kestrel SCP), 3 and 4 February";
const GOVERNOR = "Dr Imogen Sallow – Governor safeguarding training (online), 19 November";
const LORCAN_BOOKED = "Lorcan Whitlow-Page – DSL refresher, 19 and 20 January 2027";

const YEARS: Group[] = [
  { label: "2024", items: [LORCAN_2024, GOVERNOR] },
  { label: "2025", items: [ROWENA_2025] },
];

const markdown = (team: string[], lines: string[]) =>
  markdownDocument(
    [
      `# ${TITLE}`,
      "",
      "## Safeguarding team",
      "",
      ...team.flatMap((t) => [t, ""]),
      "## Training",
      "",
      INTRO,
      "",
      ...lines,
      "",
    ].join("\n"),
  );

/** The groups as a nested list in Markdown, a Word file (mammoth's nested lists) and a PDF's text (wrapped). */
function nestedLayouts(groups: Group[]): SourceDocument[] {
  const md = markdown(
    TEAM,
    groups.flatMap((g) => [`- ${g.label}:`, ...g.items.map((i) => `  - ${i}`)]),
  );
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
    ].join("\n"),
  );
  return [md, word, pdf];
}

const lorcan = (document: SourceDocument) =>
  run(trainingStale, document)
    .map((f) => f.message)
    .filter((m) => m.includes("Whitlow-Page"));

const lapsed2024 = (document: SourceDocument) => {
  const messages = lorcan(document);
  expect(messages, document.format).toHaveLength(1);
  expect(messages[0], document.format).toMatch(/12 September 2024/);
};

describe("a booked group after the year groups: its items are bookings, not completions", () => {
  for (const label of ["Booked", "Planned", "Next course"])
    it(`"- ${label}:" over the deputy's refresher booked for January 2027, in Markdown, Word and a PDF`, () => {
      for (const document of nestedLayouts([...YEARS, { label, items: [LORCAN_BOOKED] }]))
        lapsed2024(document);
    });

  it("a booking with one date, beside another person's booking", () => {
    for (const document of nestedLayouts([
      ...YEARS,
      {
        label: "Booked",
        items: [
          "Rowena Achterberg – Safer Recruitment, 4 March 2027",
          "Lorcan Whitlow-Page – DSL refresher, 18 January 2027",
        ],
      },
    ]))
      lapsed2024(document);
  });

  it("the deputy named under a bold role line, and a 'Booked:' line over a plain list", () => {
    const team = [
      "**Designated Safeguarding Lead**\n   Ms Rowena Achterberg, Assistant Principal\n   01632 960 431",
      "**Deputy Designated Safeguarding Lead (16–19)**\n   Mr Lorcan Whitlow-Page, Head of Student Services\n   01632 960 432",
    ];
    for (const booked of [
      ["- Booked:", `  - ${LORCAN_BOOKED}`],
      ["Booked:", "", `- ${LORCAN_BOOKED}`],
      ["**Booked:**", "", `- ${LORCAN_BOOKED}`],
    ]) {
      const document = markdown(team, [
        "- 2024:",
        `  - ${LORCAN_2024}`,
        "- 2025:",
        `  - ${ROWENA_2025}`,
        ...(booked[0].startsWith("-") ? [] : [""]),
        ...booked,
      ]);
      lapsed2024(document);
    }
  });
});

describe("stays as it is", () => {
  it("a booked course alone is no record: no finding", () => {
    for (const document of nestedLayouts([
      { label: "2025", items: [ROWENA_2025] },
      { label: "Booked", items: [LORCAN_BOOKED] },
    ]))
      expect(lorcan(document), document.format).toEqual([]);
  });

  it("a year group's record still current stays silent beside a booking", () => {
    for (const document of nestedLayouts([
      { label: "2024", items: [GOVERNOR] },
      { label: "2026", items: [LORCAN_2026] },
      { label: "Booked", items: [LORCAN_BOOKED] },
    ]))
      expect(lorcan(document), document.format).toEqual([]);
  });

  it("an item the booked group says was done is a record", () => {
    for (const document of nestedLayouts([
      ...YEARS,
      { label: "Booked", items: ["Lorcan Whitlow-Page – DSL refresher, attended 3 March 2026"] },
    ]))
      expect(lorcan(document), document.format).toEqual([]);
  });

  it("a group that is no booking keeps its item as written", () => {
    for (const document of nestedLayouts([
      ...YEARS,
      { label: "Other courses", items: ["Lorcan Whitlow-Page – DSL refresher, 3 March 2026"] },
    ]))
      expect(lorcan(document), document.format).toEqual([]);
  });

  it("the booked group ends at the next item at its level: a later year's record is a record", () => {
    for (const document of nestedLayouts([
      ...YEARS,
      { label: "Booked", items: ["Rowena Achterberg – Safer Recruitment, 4 March 2027"] },
      { label: "2026", items: [LORCAN_2026] },
    ]))
      expect(lorcan(document), document.format).toEqual([]);
  });
});
