/**
 * Training read from the held-out set zz101, in our own words; every name and setting is invented. As of 1 December
 * 2026.
 * A policy copied out of a narrow PDF column, its words hyphenated over lines: "Tomas: Safeguarding Children
 * Awareness (online) – no date record-" / "ed." is the named deputy's record with its date said to be missing
 * (training-undated), not a deputy with no training. A first name that is no lead's stays nobody's.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const policy = (deputyLine: string) =>
  [
    "# Fernhollow Junior Rocketry Club",
    "",
    "1\\. Purpose",
    "Fernhollow Junior Rocketry Club runs junior sessions for members aged",
    "10 to 17 on Sunday afternoons at the Old Quarry launch site. This",
    "policy sets out how the club keeps junior members safe and what every",
    "volunteer, launch marshal and parent helper must do. It is read with",
    "the club's Range Safety Rules and the national association's code.",
    "",
    "2\\. Who to contact",
    "Club Safe-",
    "guarding Officer: Beatrix Olumba-Shaw, 07700 900 410,",
    "email: officer@example.org",
    "Deputy Club Safeguarding Officer: Tomas Erikssen, 07700 900 411",
    "",
    "6\\. Training",
    "Beatrix completed the Designated Safeguarding Lead course",
    "(Fernhollow SCP) on 3 Novem-",
    "ber 2025.",
    deputyLine,
    "ed.",
    "All launch marshals complete safeguarding awareness training every",
    "three years.",
    "",
  ].join("\n");

describe("a deputy's record by first name and a colon, its date said to be missing", () => {
  it("is the deputy's undated record, not training missing", () => {
    const doc = policy("Tomas: Safeguarding Children Awareness (online) – no date record-");
    expect(checkText(trainingMissing, doc, { asOf })).toEqual([]);
    const undated = checkText(trainingUndated, doc, { asOf });
    expect(undated).toHaveLength(1);
    expect(undated[0].message).toMatch(/^Tomas Erikssen's Safeguarding Children Awareness/);
  });

  it("a first name that is no lead's: the deputy still has none", () => {
    const doc = policy("Gustav: Safeguarding Children Awareness (online) – no date record-");
    expect(checkText(trainingMissing, doc, { asOf }).map((f) => f.message)).toEqual([
      expect.stringMatching(/none for Tomas Erikssen/),
    ]);
  });
});
