/**
 * training-stale (review 45), in our own words; every name is invented. A holiday club's table of venues names each
 * venue's Session Lead beside their own safeguarding training: "| Venue | Session Lead | Mobile | Safeguarding
 * training |". A word about a trainer above it ("dates from the trainer's certificates") or about who delivers the
 * course the leads take ("Level 2 training delivered by the county council:") does not make the Session Lead the
 * trainer: the table has a column of the leads' own training dates, so each row is that lead's record. A course
 * table led by a visiting trainer, with no such column, still names the trainer (z39).
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { found, markdownDocument, run } from "../fixtures/structure/documents.js";

const venues = (above: string) =>
  markdownDocument(
    [
      "# Sunnyfield Holiday Club — Safeguarding Policy",
      "",
      above,
      "",
      "| Venue | Session Lead | Mobile | Safeguarding training |",
      "|---|---|---|---|",
      "| Brookvale Primary School | Idris Mahoney | 07700 900 301 | Level 2 (06.2025) |",
      "| Whitmore Sports Hall | Saoirse Lindqvist | 07700 900 302 | Level 2 (03.2023) |",
      "| Copse Lane Scout Hut | Nadia Ferreira | 07700 900 303 | Level 2 (07.2026) |",
    ].join("\n"),
  );

const sessions = (above: string) =>
  markdownDocument(
    [
      "# Child Protection Policy — Fernhill Primary School",
      "",
      "Approved by governors: 8 September 2026. Next review: September 2027.",
      "",
      "Designated Safeguarding Lead: Mrs Greta Olawale (Deputy Headteacher)",
      "",
      "Deputy Designated Safeguarding Lead: Mr Ansel Brody",
      "",
      "## Training",
      "",
      "Mrs Greta Olawale completed DSL training on 12 May 2025. Mr Ansel Brody completed DSL training on 3 March 2025.",
      "",
      above,
      "",
      "| Course | Session Lead | Date |",
      "|---|---|---|",
      "| Safeguarding update | Ms Wren Hadley | 08/09/2021 |",
      "| Safeguarding update | Ms Wren Hadley | 07/09/2022 |",
      "| Safeguarding update | Mr Omar Castell | 04/09/2025 |",
    ].join("\n"),
  );

describe("training-stale: a Session Lead column beside the leads' own training", () => {
  for (const above of [
    "Session leads and their training (dates from the trainer's certificates):",
    "Each venue has a named lead, who completes Level 2 training delivered by the county council:",
    "Our trainers check each lead's certificate:",
  ]) {
    it(`reads each row as the lead's record under "${above}"`, () => {
      const md = venues(above);
      const reported = run(trainingStale, md);
      expect(reported.map((f) => f.message)).toEqual([expect.stringContaining("March 2023")]);
      expect(found(reported, md)[0]).toContain("Saoirse Lindqvist");
    });
  }
  it("still reads the Session Lead of sessions a visiting trainer leads as the trainer", () => {
    const md = sessions(
      "Every September all staff attend a safeguarding update, delivered by a visiting trainer:",
    );
    expect(run(trainingStale, md)).toEqual([]);
  });
});
