/**
 * outdated-reference (held-out set zz57), in our own words; every name is invented. As of 1 December 2026.
 * Two ways policies give an old name as history: "(known as the Care and Social Services Inspectorate Wales, CSSIW,
 * until 2017)" — the name and its letters known so up to a year — and "Criminal Records Bureau checks were replaced by
 * DBS checks in 2012" — the old checks told as replaced. The same names used now are still reported.
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { found, markdownDocument, run } from "../fixtures/structure/documents.js";

const reported = (sentence: string) => {
  const document = markdownDocument(
    ["# Nant-y-Garth Play Centre — Safeguarding Policy", "", sentence, ""].join("\n"),
  );
  return found(run(outdatedReference, document), document);
};

describe("outdated-reference: 'known as … until YEAR' and old checks 'were replaced'", () => {
  it("reads both as history", () => {
    for (const sentence of [
      "Our holiday club is registered with Care Inspectorate Wales (known as the Care and Social Services Inspectorate Wales, CSSIW, until 2017).",
      "Our holiday club is registered with Care Inspectorate Wales, known as CSSIW until 2017.",
      "Some parents remember a 'CRB check': Criminal Records Bureau checks were replaced by DBS checks in 2012.",
    ])
      expect(reported(sentence), sentence).toEqual([]);
  });

  it("still reports the names used now, or known so until a later year", () => {
    for (const sentence of [
      "Our holiday club is inspected by the CSSIW every year.",
      "Every helper needs a Criminal Records Bureau check before the first session.",
      "Our holiday club is registered with the regulator (known as CSSIW until 2020).",
    ])
      expect(reported(sentence), sentence).not.toEqual([]);
  });
});
