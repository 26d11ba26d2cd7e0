/**
 * training-stale (held-out set zz141), in our own words; every name is invented; as of 1 December 2026. A youth unit
 * trains everyone on a county course with its own name and levels ("Keep Close Level 1 is for helpers … Level 3 for
 * Safeguarding Contacts"), each person's course in a nested bullet under their name: "- Wynne Aldous – Helper" over
 * "  - Keep Close Level 1, completed Sep 2023". The course is the same pathway the document ties to safeguarding, not a
 * subject of its own like "Makaton Level 1": a helper's Level 1 of September 2023, renewed every three years, lapsed
 * at the end of September 2026. Near misses: a current date; a levelled course the document never ties to safeguarding.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { markdownDocument, run } from "../fixtures/structure/documents.js";

const policy = (helper: string, pathway = "Keep Close") =>
  markdownDocument(
    [
      "# 4th Brindlecombe Brownies – Safeguarding Policy",
      "",
      "## 1. Who to tell",
      "",
      "Our **Safeguarding Contact** is Mrs Petra Quennell (Unit Leader).",
      "",
      "## 2. Training",
      "",
      `Every adult completes the county's ${pathway} training. ${pathway} Level 1 is for helpers, Level 2 for leaders and Level 3 for Safeguarding Contacts. Levels 1 and 2 are renewed every three years; Level 3 every two years.`,
      "",
      "- Petra Quennell – Unit Leader and Safeguarding Contact",
      "  - Keep Close Level 3 (Safeguarding Contacts), completed Mar 2025",
      "- Wynne Aldous – Helper (parent rota)",
      `  - ${helper}`,
      "",
    ].join("\n"),
  );

describe("training-stale: a named pathway's level in a nested bullet under a helper", () => {
  it("reports the helper's Level 1 of September 2023", () => {
    const reported = run(trainingStale, policy("Keep Close Level 1, completed Sep 2023"));
    expect(reported).toHaveLength(1);
    expect(reported[0].message).toMatch(/Wynne Aldous/);
  });
  it("stays quiet for a current date (near miss)", () => {
    expect(run(trainingStale, policy("Keep Close Level 1, completed Sep 2024"))).toEqual([]);
  });
  it("stays quiet for a levelled course in another subject (near miss)", () => {
    expect(run(trainingStale, policy("Makaton Level 1, completed Sep 2023"))).toEqual([]);
  });
});

describe("training-stale: a named pathway's level followed by another course's words", () => {
  it("stays quiet for 'Keep Close Level 1 Coaching Award' (near miss)", () => {
    expect(run(trainingStale, policy("Keep Close Level 1 Coaching Award, completed Sep 2023"))).toEqual([]);
  });
});

// Review 49: a line naming "Safeguarding Level 1" and, joined by "and", another subject's level does not tie that
// subject to safeguarding.
const twoSubjects = (record: string) =>
  markdownDocument(
    [
      "# Wrenfield Nursery – Safeguarding Policy",
      "",
      "Designated Safeguarding Lead: Mrs Ada Pell, Manager.",
      "Deputy Designated Safeguarding Lead: Mr Tom Okafor, Deputy Manager.",
      "",
      "## Training",
      "",
      "All new staff complete Safeguarding Level 1 and Food Hygiene Level 2 in their first month.",
      "",
      "- Mrs Ada Pell: Designated Safeguarding Lead training, completed May 2025",
      `- Mr Tom Okafor: ${record}`,
      "",
    ].join("\n"),
  );

describe("training: another subject's level beside 'Safeguarding Level 1' on one line (review 49)", () => {
  it("stays quiet for a lapsed Food Hygiene Level 2", () => {
    expect(run(trainingStale, twoSubjects("Food Hygiene Level 2, completed March 2021"))).toEqual([]);
  });
  it("still reports a deputy whose only record is Food Hygiene Level 2 as having no safeguarding training", () => {
    const reported = run(trainingMissing, twoSubjects("Food Hygiene Level 2, completed June 2025"));
    expect(reported).toHaveLength(1);
    expect(reported[0].message).toMatch(/Tom Okafor/);
  });
});
