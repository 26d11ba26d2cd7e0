/**
 * training-stale (held-out set zz141), in our own words; every name is invented; as of 1 December 2026. A college
 * names its DSL, then a table of its site deputies headed with their role, not "Name": "| Deputy DSL | Site | Last
 * trained | Next due |" over "| Mr Oren Calloway | North Quay | 11/02/2024 | 11/02/2026 |". Each row is its person's
 * record, done on the "Last trained" date and due again on the "Next due" date: a due date already passed is lapsed
 * training by the table's own words, whatever the course's usual validity. Near miss: every due date still to come;
 * and a deputies' column of places, not people, is no one's record.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { markdownDocument, run } from "../fixtures/structure/documents.js";

const policy = (row: string, header = "| Deputy DSL | Site | Last trained | Next due |") =>
  markdownDocument(
    [
      "# Safeguarding and Child Protection Policy",
      "",
      "## 3. Roles",
      "",
      "The **Designated Safeguarding Lead** is Ms Ingrid Sallow-Pike, Director of Learner Services. She completed the DSL refresher on 10 October 2025.",
      "",
      "Each site has a Deputy DSL who acts for the DSL there:",
      "",
      header,
      "|---|---|---|---|",
      "| Mr Tobias Wrenfield | Harbour Road | 03/11/2025 | 03/11/2027 |",
      row,
      "| Ms Delphine Okoro | Mill Campus | 12/05/2025 | 12/05/2027 |",
      "",
    ].join("\n"),
  );

describe("training-stale: a table of deputies headed with their role, with a 'Next due' column", () => {
  it("reports the deputy whose next-due date has passed, by name", () => {
    const reported = run(
      trainingStale,
      policy("| Mr Oren Calloway | North Quay | 11/02/2024 | 11/02/2026 |"),
    );
    expect(reported).toHaveLength(1);
    expect(reported[0].message).toMatch(/Oren Calloway/);
    expect(reported[0].message).toMatch(/11 February 2026/);
  });
  it("stays quiet when every next-due date is still to come (near miss)", () => {
    expect(run(trainingStale, policy("| Mr Oren Calloway | North Quay | 11/02/2025 | 11/02/2027 |"))).toEqual(
      [],
    );
  });
});
