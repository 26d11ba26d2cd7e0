/**
 * training-stale (review of the thirty-seventh session), in our own words; every name is invented. As of 1 December
 * 2026. A team table's "Refresher due" column beside the one course's dates is the course's (zz122). But a due or
 * expiry column straight after a "DBS" or "DBS check" column is that check's ("| Safeguarding training | DBS |
 * Expires |", "| DBS check | Renewal due |"), and so is a due cell naming the check ("DBS 04/2026"): a passed date
 * there is no lapsed training, as an "Expires" column after a check already is for a list of completions.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { found, markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const ROWS = [
  ["Greta Moorcroft", "Designated Safeguarding Lead", "14/06/2026", "02/2023", "02/2026"],
  ["Kwame Ashdown", "Deputy DSL", "09/10/2025", "05/2023", "05/2026"],
];

function markdown(headers: string[], rows = ROWS): string {
  return [
    "# Fernhill Scouts – Safeguarding Policy",
    "",
    "## 3. Training and checks",
    "",
    `| ${headers.join(" | ")} |`,
    `|${headers.map(() => "---").join("|")}|`,
    ...rows.map((r) => `| ${r.join(" | ")} |`),
    "",
  ].join("\n");
}
function word(headers: string[], rows = ROWS): string {
  const cell = (t: string) => `<td><p>${t}</p></td>`;
  return [
    "<h1>Fernhill Scouts – Safeguarding Policy</h1>",
    "<h2>3. Training and checks</h2>",
    "<table>",
    `<tr>${headers.map(cell).join("")}</tr>`,
    ...rows.map((r) => `<tr>${r.map(cell).join("")}</tr>`),
    "</table>",
  ].join("\n");
}

describe("training-stale: a due or expiry column after a vetting check's column", () => {
  it("stays quiet when the passed date is the DBS check's (Markdown, Word)", () => {
    for (const [check, due] of [
      ["DBS", "Expires"],
      ["DBS check", "Renewal due"],
      ["DBS check", "Next due"],
      ["PVG", "Valid until"],
    ]) {
      const headers = ["Name", "Role", "Safeguarding training", check, due];
      for (const document of [markdownDocument(markdown(headers)), wordDocument(word(headers))])
        expect(run(trainingStale, document), `${check} | ${due}`).toEqual([]);
    }
  });
  it("stays quiet when the due cell names the check", () => {
    const headers = ["Name", "Role", "Safeguarding training", "Issued", "Renewal due"];
    const rows = ROWS.map(([n, r, t, i, d]) => [n, r, t, i, `DBS ${d}`]);
    expect(run(trainingStale, markdownDocument(markdown(headers, rows)))).toEqual([]);
  });
  it("still reports a passed due date straight after the course's own column", () => {
    const headers = ["Name", "Role", "DBS check", "Safeguarding training", "Renewal due"];
    const rows = ROWS.map(([n, r, t, c, d]) => [n, r, c, t, d]);
    for (const document of [markdownDocument(markdown(headers, rows)), wordDocument(word(headers, rows))]) {
      const reported = run(trainingStale, document);
      expect(found(reported, document).map((t) => t.includes("Kwame Ashdown"))).toEqual([true]);
      expect(reported[0].message).toMatch(/was due for renewal in May 2026/);
    }
  });
});
