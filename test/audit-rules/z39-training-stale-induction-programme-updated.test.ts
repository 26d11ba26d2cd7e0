/**
 * training-stale (review of the thirty-eighth session; as of 1 December 2026): an induction is a one-off unless the
 * policy says people repeat it. "The Safeguarding Lead reviews and updates the induction programme each year" and
 * "The induction is updated whenever national guidance changes" say the programme's content changes — nobody does
 * the induction again, so an induction of March 2021 is not out of date. "All volunteers repeat their induction
 * every year" still gives it a cycle.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { found, markdownDocument, run } from "../fixtures/structure/documents.js";

function policy(cycle: string) {
  return markdownDocument(
    [
      "# Fernhill Community Choir – Safeguarding Policy",
      "",
      "Our Safeguarding Lead is Mrs Lorna Beckwith-Tay (01632 960555). Deputy Safeguarding Lead: Mr Tobias Renwick (01632 960556).",
      "",
      `Every new volunteer has an induction on joining. ${cycle} Every volunteer renews their safeguarding course every three years.`,
      "",
      "## Training record",
      "",
      "| Name | Role | Course | Date |",
      "|---|---|---|---|",
      "| Wilf Ashdown-Creed | Volunteer | Induction | 03/2021 |",
      "| Wilf Ashdown-Creed | Volunteer | Safeguarding course | 10/2025 |",
      "| Nell Ombrato | Volunteer | Induction | 10/2026 |",
      "| Nell Ombrato | Volunteer | Safeguarding course | 10/2026 |",
      "",
      "This policy was approved by the committee on 1 October 2026 and will be reviewed by 1 October 2027.",
      "",
    ].join("\n"),
  );
}

describe("training-stale: an induction programme that is updated is not an induction repeated", () => {
  it("stays quiet about an old induction whose programme is updated", () => {
    for (const cycle of [
      "The Safeguarding Lead reviews and updates the induction programme each year so that it reflects current guidance.",
      "The induction is updated whenever national guidance changes.",
    ]) {
      const doc = policy(cycle);
      expect(found(run(trainingStale, doc), doc), cycle).toEqual([]);
    }
  });

  it("still reports an old induction that volunteers repeat", () => {
    for (const cycle of [
      "All volunteers repeat their induction every year.",
      "The volunteer induction is renewed every two years.",
    ]) {
      const doc = policy(cycle);
      expect(found(run(trainingStale, doc), doc), cycle).toEqual([
        expect.stringContaining("Wilf Ashdown-Creed"),
      ]);
    }
  });
});
