/**
 * From the fortieth held-out set (issue 11), in our own words; every name is invented. As of 1 December 2026.
 * - Wales's care regulator, the Care and Social Services Inspectorate Wales (CSSIW), took the name Care
 *   Inspectorate Wales on 1 January 2017: the old name, written out or as its abbreviation, is out of date.
 * - Near misses: the current name; the old name recalled on purpose ("formerly CSSIW").
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(line: string): string {
  return ["# Penrhos Junior Canoe Club — Safeguarding Policy", "", "## 1. Who we tell", "", line, ""].join(
    "\n",
  );
}

const found = (line: string) => checkText(outdatedReference, policy(line), { asOf });

describe("outdated-reference: the CSSIW, now Care Inspectorate Wales", () => {
  it.each([
    "Concerns about our registered playscheme may also be raised with the CSSIW.",
    "The summer playscheme is registered with the Care and Social Services Inspectorate Wales.",
    "Our crèche is inspected by the Care & Social Services Inspectorate for Wales (CSSIW).",
  ])("is out of date: %s", (line) => {
    const reported = found(line);
    expect(reported).toHaveLength(1);
    expect(reported[0].message).toMatch(/Care Inspectorate Wales/);
  });

  it.each([
    "The summer playscheme is registered with Care Inspectorate Wales (CIW).",
    "The playscheme is inspected by Care Inspectorate Wales (formerly CSSIW).",
  ])("is silent on the current name: %s", (line) => {
    expect(found(line)).toHaveLength(0);
  });
});
