/**
 * outdated-reference (held-out set zz114), in our own words; every name is invented. As of 1 December 2026.
 * The UKCCIS guidance "Sexting in schools and colleges" (2016), cited by its title in sentence case, was replaced in
 * December 2020 by the UKCIS advice "Sharing nudes and semi-nudes": one finding about the guidance, not a second one
 * about the word "Sexting" inside its title. The current UKCIS advice (2020) stays quiet. And the UK Border Agency,
 * abolished in 2013, its work returned to the Home Office (UK Visas and Immigration, Immigration Enforcement, Border
 * Force) — out of date when the policy still sends people to it, history when named as the old body.
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const run = (text: string) => checkText(outdatedReference, text, { asOf });
const found = (text: string) => run(text).map((f) => f.excerpt);

describe("outdated-reference: the 2016 sexting guidance cited by its title", () => {
  it("is one finding about the guidance, beside the current advice in the sentence before", () => {
    const text =
      "When a pupil is sent nude or semi-nude pictures we follow the UKCIS advice (2020), Sharing nudes and semi-nudes. " +
      "Phones are taken and kept as set out in Sexting in schools and colleges (2016), section 3, and the lead decides who is told.";
    const findings = run(text);
    expect(findings.length).toBe(1);
    expect(findings[0].excerpt).toMatch(/^Sexting in schools and colleges/);
    expect(findings[0].message).toMatch(/Sharing nudes and semi-nudes/);
  });
  it("is out of date with its subtitle or its publisher", () => {
    for (const text of [
      "Staff follow the UKCCIS advice Sexting in Schools and Colleges: responding to incidents and safeguarding young people.",
      "See “Sexting in schools & colleges” (UKCCIS, 2016) for how to handle a device.",
    ])
      expect(found(text).length, text).toBe(1);
  });
  it("stays quiet on the current advice and on the old title given as history", () => {
    for (const text of [
      "We follow the UKCIS guidance (2020) on sharing nudes and semi-nudes in education settings.",
      "Sharing nudes and semi-nudes (UKCIS, 2020) replaced Sexting in schools and colleges (2016).",
    ])
      expect(found(text), text).toEqual([]);
  });
});

describe("outdated-reference: the UK Border Agency", () => {
  it("is out of date where the policy still names it as the body to contact", () => {
    const findings = run(
      "Where a young person's immigration status is unclear, the project worker contacts the UK Border Agency with their consent.",
    );
    expect(findings.map((f) => f.excerpt)).toEqual(["UK Border Agency"]);
    expect(findings[0].message).toMatch(/UK Visas and Immigration/);
  });
  it("stays quiet when named as the old body, or before 2013", () => {
    expect(
      found("Immigration Enforcement (part of what was formerly the UK Border Agency) may visit."),
    ).toEqual([]);
    expect(
      checkText(outdatedReference, "Contact the UK Border Agency about status.", { asOf: "2012-06-01" }),
    ).toEqual([]);
  });
});
