/**
 * outdated-reference (held-out set zz129), in our own words; every name is invented. As of 1 December 2026. The
 * Every Child Matters programme (2003–2004) and its five outcomes were dropped by the government in 2010, when the
 * Department for Children, Schools and Families became the Department for Education. A policy that still plans its
 * work around "the Every Child Matters outcomes" is out of date. Quiet: the programme told as history ("Every Child
 * Matters (2003) introduced …"), "every child matters" as ordinary words, and the capitals as a motto with none of the
 * programme's words beside them.
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const found = (text: string) =>
  checkText(outdatedReference, `# Wrenfield Children's Ward Play Team\n\n## Our approach\n\n${text}`, {
    asOf,
  }).map((f) => f.excerpt);

describe("outdated-reference: Every Child Matters cited as the framework in use", () => {
  it("warns when the policy still works to the programme or its five outcomes", () => {
    expect(
      found(
        "- Every Child Matters – its five outcomes (be healthy, stay safe, enjoy and achieve) remain the framework our team plans its sessions around.",
      ),
    ).toEqual(["Every Child Matters"]);
    expect(found("We follow the Every Child Matters agenda in everything we do.")).toEqual([
      "Every Child Matters",
    ]);
  });
  it("stays quiet on history, ordinary words and a motto", () => {
    for (const text of [
      "Every Child Matters (2003) introduced the five outcomes that shaped children's services for several years.",
      "We believe every child matters, whatever their illness, and we listen to each of them.",
      "Our motto, painted over the playroom door, is Every Child Matters.",
    ])
      expect(found(text), text).toEqual([]);
  });
});
