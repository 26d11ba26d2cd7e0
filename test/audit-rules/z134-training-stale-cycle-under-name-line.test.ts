/**
 * training-stale (held-out set zz134), in our own words; every name is invented. A dance school gives each lead a name
 * line ("Carla Whitcombe (DSP)") and under it the course with how often it is renewed before when it was last done
 * ("Designated Safeguarding Person course — Refresher every 2 years – last done Feb 2024"): the renewal words are a
 * note on her record, not a rule for everyone, so her course lapsed at the end of February 2026. The same line with
 * no person's name line above it stays a rule for the staff (no one's record).
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { markdownDocument, run } from "../fixtures/structure/documents.js";

const policy = (training: string[]) =>
  [
    "# Safeguarding Policy",
    "",
    "**Designated Safeguarding Person (DSP):** Mrs Carla Whitcombe, Principal",
    "",
    "**Deputy DSP:** Mr Jonah Ferris, Head of Ballet",
    "",
    "## 3. Training",
    "",
    ...training,
  ].join("\n");

describe("training-stale: a renewal note before 'last done' under a person's name line", () => {
  it("reads the line as the person's record", () => {
    const md = markdownDocument(
      policy([
        "Carla Whitcombe (DSP)",
        "Designated Safeguarding Person course — Refresher every 2 years – last done Feb 2024",
        "",
        "Jonah Ferris (Deputy DSP)",
        "Designated Safeguarding Person course — Refresher every 2 years – last done Sept 2025",
      ]),
    );
    const found = run(trainingStale, md);
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain("Carla Whitcombe");
    expect(found[0].message).toContain("February 2026");
  });
  it("stays a rule for the staff where no name line stands above it", () => {
    const md = markdownDocument(
      policy([
        "Our teachers' course is set by the dance association.",
        "",
        "Safeguarding module — Refresher every 2 years – last done by most teachers in Feb 2024",
      ]),
    );
    expect(run(trainingStale, md)).toEqual([]);
  });
});
