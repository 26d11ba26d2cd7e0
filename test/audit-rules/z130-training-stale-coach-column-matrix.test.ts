/**
 * Held-out zz130 (in our own words, every name invented; as of 1 December 2026): a club's table of teams whose
 * people are in a column headed by their job ("Coach / manager"), a column per course or check beside it ("| Team |
 * Coach / manager | Safeguarding Children | CRC |"). Each row is its coach's record: a course done more than three
 * years ago lapsed, whoever the coach is. Near misses: a check's column ("CRC") is no course, and a column of the
 * job whose cells are not people's names ("To be appointed", "All parents") names nobody.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { found, markdownDocument, run } from "../fixtures/structure/documents.js";

function policy(rows: string[]): string {
  return [
    "# Brackenhurst Colts JFC – Safeguarding Policy",
    "",
    "**Club Welfare Officer:** Ophelia Marchbank, 07700 900 611",
    "",
    "## Our coaches",
    "",
    "Every coach renews the Safeguarding Children course and the criminal record check every three years.",
    "",
    "| Team | Coach / manager | Safeguarding Children | CRC |",
    "|---|---|---|---|",
    ...rows,
    "",
  ].join("\n");
}

describe("a teams table with the coaches in a column headed by their job", () => {
  it("reports the coach whose course lapsed, and no check", () => {
    const document = markdownDocument(
      policy([
        "| U8 Otters | Bartholomew Quayle | 12/10/2025 | 10/2025 |",
        "| U10 Swifts | Ingrid Okoro-Lamb | 02/09/2023 | 11/2025 |",
        "| U12 Herons | Tobias Wrexham | 20/02/2025 | 06/2021 |",
      ]),
    );
    const reported = run(trainingStale, document);
    expect(found(reported, document)).toEqual(["| U10 Swifts | Ingrid Okoro-Lamb | 02/09/2023 | 11/2025 |"]);
    expect(reported[0].message).toContain("Ingrid Okoro-Lamb's most recent Safeguarding Children");
    expect(reported[0].message).toContain("lapsed on 2 September 2026");
  });

  it("stays quiet when the job's column names no people", () => {
    const document = markdownDocument(
      policy([
        "| U8 Otters | To be appointed | 12/10/2025 | 10/2025 |",
        "| U10 Swifts | All parents on the rota | 02/09/2023 | 11/2025 |",
      ]),
    );
    expect(found(run(trainingStale, document), document)).toEqual([]);
  });
});
