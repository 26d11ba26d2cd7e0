/**
 * training-stale (review 45), in our own words; every name is invented. Under a lead's name line ("Esme Harcourt
 * (DSO)") and her own dated course, a line about a course for the whole staff ("Coaches' safeguarding module —
 * refresher every 3 years – last done as a whole staff in Mar 2022") is the club's rule and when the staff last did
 * it, not her lapsed record: a line naming a group, or one older than a record she already has under her name line,
 * keeps its renewal words as a rule. Her own course's line with its renewal note still reads as hers (zz134).
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { markdownDocument, run } from "../fixtures/structure/documents.js";

const policy = (training: string[]) =>
  [
    "# Safeguarding Policy — Harbourside Gymnastics Club",
    "",
    "**Designated Safeguarding Officer (DSO):** Mrs Esme Harcourt, Head Coach",
    "",
    "**Deputy DSO:** Mr Kwabena Attah, Club Secretary",
    "",
    "## 3. Training",
    "",
    ...training,
  ].join("\n");

describe("training-stale: a renewal note on a group's course under a person's name line", () => {
  it("stays quiet for the whole staff's module under the lead's name line", () => {
    const md = markdownDocument(
      policy([
        "Esme Harcourt (DSO)",
        "Designated Safeguarding Officer course, 14 October 2025",
        "Coaches' safeguarding module — refresher every 3 years – last done as a whole staff in Mar 2022",
        "",
        "Kwabena Attah (Deputy DSO)",
        "Designated Safeguarding Officer course, 2 November 2025",
      ]),
    );
    expect(run(trainingStale, md)).toEqual([]);
  });
  it("stays quiet for a line naming the volunteers, with no record of hers above it", () => {
    const md = markdownDocument(
      policy([
        "Esme Harcourt (DSO)",
        "Safeguarding awareness for all volunteers — every 2 years – last done Mar 2022",
        "",
        "Kwabena Attah (Deputy DSO)",
        "Designated Safeguarding Officer course, 2 November 2025",
      ]),
    );
    expect(run(trainingStale, md).filter((f) => f.message.includes("Esme"))).toEqual([]);
  });
  it("stays quiet for an older course line under a later record of hers", () => {
    const md = markdownDocument(
      policy([
        "Esme Harcourt (DSO)",
        "Designated Safeguarding Officer course, 14 October 2025",
        "Safeguarding module — refresher every 3 years – last done Mar 2022",
        "",
        "Kwabena Attah (Deputy DSO)",
        "Designated Safeguarding Officer course, 2 November 2025",
      ]),
    );
    expect(run(trainingStale, md)).toEqual([]);
  });
  it("still reads her own course's renewal note and last date as her record", () => {
    const md = markdownDocument(
      policy([
        "Esme Harcourt (DSO)",
        "Designated Safeguarding Officer course — Refresher every 2 years – last done Mar 2024",
        "",
        "Kwabena Attah (Deputy DSO)",
        "Designated Safeguarding Officer course — Refresher every 2 years – last done Oct 2025",
      ]),
    );
    const found = run(trainingStale, md);
    expect(found.map((f) => f.message)).toEqual([
      expect.stringMatching(/Esme Harcourt.*March 2024.*March 2026/),
    ]);
  });
});
