/**
 * training-stale (review 46), in our own words; every name is invented. Under a lead's name line ("Wilhelmina Okafor
 * (DSL)"), a list of very many dated modules, then a renewal note older than her latest record ("Lead course —
 * refresher every 2 years – last done Mar 2022"): the note is the club's rule, as before, and the latest record is
 * kept as the records are read (each line no longer reads all records under the name again). Still works: the next
 * person's own renewal note is theirs — the first person's later record does not count for them.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { markdownDocument, run } from "../fixtures/structure/documents.js";

const policy = (training: string[]) =>
  [
    "# Safeguarding Policy — Quayside Rowing Club",
    "",
    "Designated Safeguarding Lead: Wilhelmina Okafor",
    "",
    "Deputy Designated Safeguarding Lead: Teodor Raskin",
    "",
    "## Training records",
    "",
    ...training,
  ].join("\n");

const modules = (n: number, date: string) =>
  Array.from({ length: n }, (_, i) => `- Safeguarding module ${i + 1} – ${date}`);

describe("training-stale: a renewal note under a person's name line after many records", () => {
  it("keeps an older renewal note as a rule under many later records of hers", () => {
    const md = markdownDocument(
      policy([
        "Wilhelmina Okafor (DSL)",
        ...modules(600, "03/2025"),
        "- Lead course — refresher every 2 years – last done Mar 2022",
        "",
        "Teodor Raskin (Deputy DSL)",
        "- Lead course – 11/2025",
      ]),
    );
    expect(run(trainingStale, md).filter((f) => f.message.includes("Okafor"))).toEqual([]);
  });

  it("still reads the next person's own renewal note as theirs", () => {
    const md = markdownDocument(
      policy([
        "Wilhelmina Okafor (DSL)",
        "Designated Safeguarding Lead course, 14 October 2025",
        "",
        "Teodor Raskin (Deputy DSL)",
        "Designated Safeguarding Lead course — Refresher every 2 years – last done Mar 2024",
      ]),
    );
    expect(run(trainingStale, md).map((f) => f.message)).toEqual([
      expect.stringMatching(/Teodor Raskin.*March 2024.*March 2026/),
    ]);
  });
});
