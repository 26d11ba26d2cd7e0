/**
 * training-stale (held-out set zz136), in our own words; every name is invented. A holiday provider's table of its
 * venues, "| Venue | Session Lead | On-site phone | Safeguarding training |", each row a venue, the person running it
 * and their "Level 2 (04.2023)". The column headed with the people's job and scope ("Session Lead", "Site Manager")
 * holds their names, so each row is its own person's record: one lapsed course among current ones is reported on its
 * row, not hidden behind another row's later date. Near miss: a column of the same heading whose cells are not all
 * people's names ("All staff") stays a column of no one, as before.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { found, markdownDocument, run } from "../fixtures/structure/documents.js";

const policy = (job: string, cells: string[]) =>
  markdownDocument(
    [
      "# Bright Days Holiday Camps — Safeguarding Policy",
      "",
      `| Venue | ${job} | On-site phone | Safeguarding training |`,
      "|---|---|---|---|",
      `| Larchmont Primary School | ${cells[0]} | 07700 900 711 | Level 2 (05.2025) |`,
      `| Eastwick Leisure Centre | ${cells[1]} | 07700 900 712 | Level 2 (04.2023) |`,
      `| Oldfield Village Hall | ${cells[2]} | 07700 900 713 | Level 2 (08.2026) |`,
      "",
      `Each ${job} holds a Level 2 safeguarding certificate, renewed every three years.`,
      "",
    ].join("\n"),
  );

describe("training-stale: a venue table whose people are under 'Session Lead'", () => {
  for (const job of ["Session Lead", "Site Manager"])
    it(`reports the lapsed row's course (${job})`, () => {
      const document = policy(job, ["Hamza Quayle", "Bronagh Ellery-Vance", "Daniel Foster"]);
      const reported = run(trainingStale, document);
      expect(reported.map((f) => f.message)).toEqual([expect.stringContaining("April 2023")]);
      expect(found(reported, document)[0]).toContain("Bronagh Ellery-Vance");
    });
  it("leaves a column of no one's names alone (near miss)", () => {
    const document = policy("Session Lead", ["All staff", "Bronagh Ellery-Vance", "Daniel Foster"]);
    expect(run(trainingStale, document)).toEqual([]);
  });
});
