/**
 * Our own words after a guidance title's colon are not its subtitle, and "the former X" is history only as where
 * something came from or in an aside (issue 11, second review of the zz21/zz22 fixes; every name is invented; as
 * of 1 December 2026):
 * - "Working Together to Safeguard Children: the county's referral steps (revised 2018) …": our words (a
 *   possessive, "the", "revised" before the year), not the 2018 edition — silent;
 * - "We still use the former LSCB's thresholds …": the old body named as current — reported;
 * - near misses kept: a real subtitle before its bracketed year, "the barred lists of the former ISA", an aside
 *   "(… from the former Criminal Records Bureau …)".
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const policy = (line: string) =>
  [
    "# Ashcombe Harriers Running Club — Keeping Juniors Safe",
    "",
    "## 4. Guidance and local arrangements",
    "",
    line,
    "",
  ].join("\n");

const found = (line: string) =>
  checkText(outdatedReference, policy(line), { asOf }).map((f) => [f.excerpt, f.message]);

describe("outdated-reference: our own words after a title's colon are no subtitle", () => {
  it.each([
    "Working Together to Safeguard Children: the county's referral steps (revised 2018) tell coaches whom to ring.",
    "Working Together to Safeguard Children: our safeguarding partners' flowchart (updated 2019) is on the noticeboard.",
    "Keeping Children Safe in Education: we keep the club's own summary (2016) in the kit room.",
    "Working Together to Safeguard Children: their local threshold document (2018) is used by the county.",
  ])("is silent on: %s", (line) => {
    expect(found(line)).toEqual([]);
  });

  it.each([
    [
      "Our coaches follow Working Together to Safeguard Children: a guide to inter-agency working to safeguard and promote the welfare of children (2015).",
      /2015 edition/,
    ],
    [
      "We work to the Prevent duty guidance: for England and Wales (2015) when a runner is drawn into extremism.",
      /2015/,
    ],
  ])("still reads a real subtitle's bracketed year: %s", (line, message) => {
    const reported = found(line);
    expect(reported).toHaveLength(1);
    expect(reported[0][1]).toMatch(message);
  });
});

describe("outdated-reference: 'the former' body used as current", () => {
  it.each([
    "We still use the former LSCB thresholds when deciding whether to refer.",
    "Coaches continue to follow the former LSCB procedures for referrals.",
  ])("reports: %s", (line) => {
    expect(found(line)).toHaveLength(1);
  });

  it.each([
    "The DBS now holds the barred lists of the former Independent Safeguarding Authority.",
    "Every coach has an enhanced DBS check (a check that came from the former Criminal Records Bureau, before 2012).",
  ])("is silent on history: %s", (line) => {
    expect(found(line)).toEqual([]);
  });
});
