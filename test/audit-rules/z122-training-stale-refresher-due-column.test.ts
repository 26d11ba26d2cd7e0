/**
 * training-stale (held-out set zz122), in our own words; every name is invented. As of 1 December 2026.
 * A team table with a completion column and a column saying when the course falls due again ("| Name | Role | Site |
 * Trained | Refresher due |", "Renewal due", "Next due"): a due date that has passed is lapsed training by the
 * table's own words, even when the course's usual validity from the completion has not run out — as an "Expires"
 * column beside a completion date already is. A due date still to come stays quiet, and so does a row whose course
 * is only booked ("Booked – Feb 2027 | N/A": no completion, training-missing's).
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { found, markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

type Row = [name: string, role: string, trained: string, due: string];

const ROWS: Row[] = [
  ["Imogen Farrant-Hale", "Designated Safeguarding Lead", "03/11/2025", "11/2027"],
  ["Rhys Okonkwo", "Safeguarding Officer", "16/10/2024", "10/2026"],
  ["Maud Ellery", "Safeguarding Officer", "Booked – Feb 2027", "N/A"],
  ["Tobias Wren", "Safeguarding Officer", "08/01/2025", "01/2028"],
];

function markdown(due: string, rows: Row[] = ROWS): string {
  return [
    "# Larchbrook College – Safeguarding Policy",
    "",
    "## 2. Who to talk to",
    "",
    `| Name | Role | Site | Trained | ${due} |`,
    "|---|---|---|---|---|",
    ...rows.map(([n, r, t, d]) => `| ${n} | ${r} | North site | ${t} | ${d} |`),
    "",
    "Every member of the team renews the course every three years.",
    "",
  ].join("\n");
}

function word(due: string, rows: Row[] = ROWS): string {
  const cell = (t: string) => `<td><p>${t}</p></td>`;
  return [
    "<h1>Larchbrook College – Safeguarding Policy</h1>",
    "<h2>2. Who to talk to</h2>",
    "<table>",
    `<tr>${["Name", "Role", "Site", "Trained", due].map(cell).join("")}</tr>`,
    ...rows.map(([n, r, t, d]) => `<tr>${[n, r, "North site", t, d].map(cell).join("")}</tr>`),
    "</table>",
    "<p>Every member of the team renews the course every three years.</p>",
  ].join("\n");
}

describe("training-stale: a passed date in a 'Refresher due' column", () => {
  for (const due of ["Refresher due", "Renewal due", "Next due"])
    it(`reports the row whose "${due}" date has passed, in Markdown and in Word`, () => {
      for (const document of [markdownDocument(markdown(due)), wordDocument(word(due))]) {
        const reported = run(trainingStale, document);
        expect(found(reported, document).map((t) => t.includes("Rhys Okonkwo"))).toEqual([true]);
        expect(reported[0].message).toMatch(
          /^Rhys Okonkwo's most recent safeguarding training is dated 16 October 2024/,
        );
        expect(reported[0].message).toMatch(/was due for renewal in October 2026/);
      }
    });

  it("stays quiet when every due date is still to come, and for a booked course", () => {
    const rows: Row[] = ROWS.map(([n, r, t, d]) => [n, r, t, d === "10/2026" ? "10/2027" : d]);
    for (const document of [
      markdownDocument(markdown("Refresher due", rows)),
      wordDocument(word("Refresher due", rows)),
    ])
      expect(run(trainingStale, document)).toEqual([]);
  });

  it("reads the same column beside a course column and its completion date", () => {
    const table = (due: string) =>
      [
        "# Larchbrook College – Safeguarding Policy",
        "",
        "| Name | Course | Completed | Renewal due |",
        "|---|---|---|---|",
        `| Rhys Okonkwo | Safeguarding awareness (county) | 16/10/2024 | ${due} |`,
        "| Tobias Wren | Safeguarding awareness (county) | 08/01/2025 | 01/2028 |",
        "",
      ].join("\n");
    const document = markdownDocument(table("10/2026"));
    const reported = run(trainingStale, document);
    expect(reported).toHaveLength(1);
    expect(reported[0].message).toMatch(/^Rhys Okonkwo.*was due for renewal in October 2026/);
    expect(run(trainingStale, markdownDocument(table("10/2027")))).toEqual([]);
    expect(run(trainingStale, markdownDocument(table("booked for 10/2026")))).toEqual([]);
  });

  it("a due date before the completion says nothing more (a slip, not a lapse)", () => {
    const rows: Row[] = [["Rhys Okonkwo", "Safeguarding Officer", "16/10/2025", "10/2024"]];
    expect(run(trainingStale, markdownDocument(markdown("Refresher due", rows)))).toEqual([]);
  });
});
