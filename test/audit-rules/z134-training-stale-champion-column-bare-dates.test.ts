/**
 * training-stale (held-out set zz134), in our own words; every name is invented; as of 1 December 2026. A library
 * service names its Designated Safeguarding Manager, then "Each branch has a Safeguarding Champion" over "| Branch |
 * Safeguarding Champion | Phone | Champion training |", each Champion named without a title (the first also named in
 * the lead's paragraph), one branch "Vacant", and the training column a bare date ("09/2023") under a sentence that
 * Champions refresh the course every three years. Each row is its Champion's record of the course the column's header
 * names: a course of 09/2023 lapsed at the end of September 2026. Near miss: the others are current.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { markdownDocument, run } from "../fixtures/structure/documents.js";

const policy = (second: string) =>
  markdownDocument(
    [
      "# Safeguarding Children at Library Events",
      "",
      "## 2. Who is responsible",
      "",
      "The **Designated Safeguarding Manager** is Ms Harriet Lyle-Dunmore, Service Manager. She completed the designated safeguarding lead course on 03/11/2025. Her first contact at the central library is Idris Tamsett.",
      "",
      "Each branch has a **Safeguarding Champion**. The Champion acts as deputy to the Designated Safeguarding Manager for events at their branch.",
      "",
      "| Branch | Safeguarding Champion | Phone | Champion training |",
      "|---|---|---|---|",
      "| Central Library | Idris Tamsett | 01632 960 311 | 14/05/2025 |",
      `| Brackenford Library | Louisa Pendarves | 01632 960 322 | ${second} |`,
      "| Kettle Library | Vacant | 01632 960 333 | — |",
      "| Wessmoor Library | Grace Obi-Marsh | 07700 900 341 | 02/2026 |",
      "",
      "Champions complete the Council's safeguarding champion course and refresh it every three years.",
      "",
    ].join("\n"),
  );

describe("training-stale: a Champions' column beside a column of bare training dates", () => {
  it("reports the Champion whose course of 09/2023 lapsed, by name", () => {
    const reported = run(trainingStale, policy("09/2023"));
    expect(reported).toHaveLength(1);
    expect(reported[0].message).toMatch(/Louisa Pendarves's most recent .*September 2023/);
  });
  it("stays quiet when every Champion's course is current (near miss)", () => {
    expect(run(trainingStale, policy("10/2025"))).toEqual([]);
  });
});
