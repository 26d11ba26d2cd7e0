/**
 * deputy-missing (held-out set zz104, in our own words; every name is invented; as of 1 December 2026): a table of
 * venues, each with its lead and "Deputy", under a paragraph that names the company's Designated Safeguarding Lead and
 * ends "Each venue also has its own venue lead and deputy:" — one row's deputy is "Post vacant – recruiting". The
 * paragraph says whose deputies they are. Near miss: a table of schools with a "Deputy" (head) column under a sentence
 * that says nothing of deputies, though the paragraph names the DSL.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const policy = (intro: string, header: string, rows: string[]) =>
  [
    "# Tarnside Tots Music – Safeguarding Policy",
    "",
    "## 2. Who to tell",
    "",
    intro,
    "",
    header,
    "| --- | --- | --- | --- |",
    ...rows,
    "",
    "Next review: March 2027.",
    "",
  ].join("\n");

describe("a venue table's deputy left vacant", () => {
  it("is reported when the paragraph before says whose deputies they are", () => {
    const text = policy(
      "Our founder, Ada Lyle, is the Designated Safeguarding Lead for the company, and Ben Orme is her deputy. Each venue also has its own venue lead and deputy:",
      "| Venue | Classes | Venue lead | Deputy |",
      [
        "| Mill Hall | Mondays | Cara Dunn | Dev Shah |",
        "| Old School | Tuesdays | Eli Ford | Post vacant – recruiting |",
        "| Quay Rooms | Fridays | Fay Gill | Gus Hart |",
      ],
    );
    expect(checkText(deputyMissing, text, { asOf }).map((f) => f.message)).toEqual([
      expect.stringContaining('"Post vacant" stands where the name should be'),
    ]);
  });

  it("near miss: a schools table's deputy heads under a sentence that says nothing of deputies", () => {
    const text = policy(
      "Our Designated Safeguarding Lead is Ada Lyle, and Ben Orme is her deputy. The federation's schools are:",
      "| School | Pupils | Headteacher | Deputy |",
      [
        "| Mill School | 210 | Cara Dunn | Dev Shah |",
        "| Old School | 95 | Eli Ford | Post vacant |",
        "| Quay School | 180 | Fay Gill | Gus Hart |",
      ],
    );
    expect(checkText(deputyMissing, text, { asOf })).toEqual([]);
  });
});
