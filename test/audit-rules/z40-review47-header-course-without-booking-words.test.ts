/**
 * training-stale (review 47), in our own words; every name is invented; as of 1 December 2026. A county's museum branches
 * name their Safeguarding Manager, then "| Branch | Safeguarding Champion | Phone | Champion training booked for |"
 * with a bare date in the last column. The course each row records is the one the headers name, "Safeguarding
 * Champion training" — the booking words of the header ("booked for", "due", "planned") are no part of the course's name,
 * so the message names the course only. (A "… training due" column dates renewals, read
 * elsewhere.) Near miss: the other words of a header stay ("Champion training (online)"), and
 * current courses are not reported.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { markdownDocument, run } from "../fixtures/structure/documents.js";

const policy = (header: string, second: string) =>
  markdownDocument(
    [
      "# Safeguarding Children at Museum Events",
      "",
      "## 2. Who is responsible",
      "",
      "The **Designated Safeguarding Manager** is Mrs Rosalind Petherick-Vowles, Learning Manager. She completed the designated safeguarding lead course on 12/10/2025. Her first contact at the county museum is Anselm Kerridge.",
      "",
      "Each branch has a **Safeguarding Champion**. The Champion acts as deputy to the Designated Safeguarding Manager for events at their branch.",
      "",
      `| Branch | Safeguarding Champion | Phone | ${header} |`,
      "|---|---|---|---|",
      "| County Museum | Anselm Kerridge | 01632 960 411 | 11/06/2025 |",
      `| Mill Museum | Megan Carrowmore | 01632 960 422 | ${second} |`,
      "| Toll House Museum | Vacant | 01632 960 433 | — |",
      "| Harbour Museum | Ines Faraday-Lusk | 07700 900 441 | 03/2026 |",
      "",
      "Champions complete the Council's safeguarding champion course and refresh it every three years.",
      "",
    ].join("\n"),
  );

describe("training-stale: a course the headers name, without the header's booking words", () => {
  for (const header of [
    "Champion training booked for",
    "Champion training planned",
    "Champion training (booked for)",
  ])
    it(`names the course only: "${header}"`, () => {
      const reported = run(trainingStale, policy(header, "08/2023"));
      expect(reported).toHaveLength(1);
      expect(reported[0].message).toMatch(
        /Megan Carrowmore's most recent Safeguarding Champion training is August 2023/,
      );
      expect(reported[0].message).not.toMatch(/booked|due\b|planned/i);
    });

  it("keeps a header's other words (near miss)", () => {
    const reported = run(trainingStale, policy("Champion training (online)", "08/2023"));
    expect(reported).toHaveLength(1);
    expect(reported[0].message).toMatch(
      /most recent Safeguarding Champion training \(online\) is August 2023/,
    );
  });

  it("stays quiet when every course is current (near miss)", () => {
    expect(run(trainingStale, policy("Champion training booked for", "10/2025"))).toEqual([]);
  });
});
