/**
 * outdated-reference (held-out set zz121), in our own words; every name is invented. As of 1 December 2026. Public
 * Health England closed on 1 October 2021: its health protection work (outbreaks, notifiable infections) passed to
 * the UK Health Security Agency, its health improvement work to the Office for Health Improvement and Disparities
 * (GOV.UK, the Public Health England organisation page). A policy that still tells staff to inform it is out of
 * date; named as the old body ("formerly Public Health England", "the UKHSA, which replaced Public Health England"),
 * cited as the publisher of dated guidance, or before October 2021, it is not.
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const run = (text: string, date = asOf) => checkText(outdatedReference, text, { asOf: date });
const found = (text: string, date = asOf) => run(text, date).map((f) => f.excerpt);

describe("outdated-reference: Public Health England", () => {
  it("is out of date where the policy still names it as a body to inform", () => {
    const findings = run(
      "During an outbreak at the centre the duty manager also informs Public Health England's Marlow Vale health protection team.",
    );
    expect(findings.map((f) => f.excerpt)).toEqual(["Public Health England"]);
    expect(findings[0].message).toMatch(/UK Health Security Agency/);
    expect(findings[0].severity ?? "warning").toBe("warning");
  });
  it("is one finding with its acronym in brackets, and the acronym alone beside health words is out of date too", () => {
    expect(found("Report a case of measles to Public Health England (PHE) the same day.").length).toBe(1);
    expect(
      found("Report a suspected outbreak of infection to the local PHE health protection team."),
    ).toEqual(["PHE"]);
  });
  it("stays quiet on history, the new bodies, a dated citation, other nations' bodies, and before October 2021", () => {
    for (const text of [
      "Outbreaks are reported to the UK Health Security Agency (formerly Public Health England).",
      "The UKHSA, which replaced Public Health England in 2021, runs the local health protection team.",
      "We follow the hand hygiene advice in Infection prevention and control in childcare settings (Public Health England, 2017).",
      "In Wales we inform Public Health Wales; in Scotland, Public Health Scotland.",
      "Staff in the PSHE team teach the health unit.",
    ])
      expect(found(text), text).toEqual([]);
    expect(found("Inform Public Health England about any outbreak.", "2020-06-01")).toEqual([]);
  });
});
