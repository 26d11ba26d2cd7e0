/**
 * training-stale (review 44), in our own words; every name is invented. "All staff attend a whole-staff safeguarding
 * update each September, led by a visiting trainer:" over "| Course | Session Lead | Date |": the Session Lead is the
 * trainer who ran each year's update, not a person trained, so an old row of hers is no lapsed training of hers. The
 * same holds when the course cells are sessions for all staff, without the line above. A venue table whose Session
 * Lead column holds the people running each venue still reads each row as that person's record (zz136).
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { found, markdownDocument, run } from "../fixtures/structure/documents.js";

const school = (above: string, course: string) =>
  markdownDocument(
    [
      "# Child Protection Policy — Ashgrove Primary School",
      "",
      "Approved by governors: 10 September 2026. Next review: September 2027.",
      "",
      "## Roles",
      "",
      "Designated Safeguarding Lead: Mrs Linnea Prowse (Deputy Headteacher)",
      "",
      "Deputy Designated Safeguarding Lead: Mr Femi Adeyinka",
      "",
      "## Training",
      "",
      "Mrs Linnea Prowse completed DSL training on 14 May 2025. Mr Femi Adeyinka completed DSL training on 4 March 2025.",
      "",
      above,
      "",
      "| Course | Session Lead | Date |",
      "|---|---|---|",
      `| ${course} | Ms Carys Wendell | 07/09/2021 |`,
      `| ${course} | Ms Carys Wendell | 06/09/2022 |`,
      `| ${course} | Mr Rohan Mistry | 03/09/2025 |`,
      `| ${course} | Mr Rohan Mistry | 02/09/2026 |`,
    ].join("\n"),
  );

const venues = (above: string) =>
  markdownDocument(
    [
      "# Bright Days Holiday Camps — Safeguarding Policy",
      "",
      above,
      "",
      "| Venue | Session Lead | On-site phone | Safeguarding training |",
      "|---|---|---|---|",
      "| Larchmont Primary School | Hamza Quayle | 07700 900 711 | Level 2 (05.2025) |",
      "| Eastwick Leisure Centre | Bronagh Ellery-Vance | 07700 900 712 | Level 2 (04.2023) |",
      "| Oldfield Village Hall | Daniel Foster | 07700 900 713 | Level 2 (08.2026) |",
    ].join("\n"),
  );

describe("training-stale: a 'Session Lead' column of the trainers who ran a course", () => {
  it("stays quiet when the line above says a visiting trainer leads the sessions", () => {
    const md = school(
      "All staff attend a whole-staff safeguarding update each September, led by a visiting trainer:",
      "Whole-staff safeguarding update",
    );
    expect(run(trainingStale, md)).toEqual([]);
  });
  it("stays quiet when every course is a session for all staff", () => {
    const md = school("Our yearly updates are listed below.", "Whole-staff safeguarding update");
    expect(run(trainingStale, md)).toEqual([]);
  });
  it("still reads a venue table's Session Lead as the person trained", () => {
    const md = venues("Each venue has a named lead on site.");
    const reported = run(trainingStale, md);
    expect(reported.map((f) => f.message)).toEqual([expect.stringContaining("April 2023")]);
    expect(found(reported, md)[0]).toContain("Bronagh Ellery-Vance");
  });
});
