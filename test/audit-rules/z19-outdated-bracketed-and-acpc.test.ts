/**
 * From the nineteenth and twentieth held-out sets (issue 11), in our own words; every name is invented. As of
 * 1 December 2026.
 * - An old body written out with its abbreviation in brackets, each word a different entry of the data ("the
 *   Independent Safeguarding Authority (ISA)", "ISA (Independent Safeguarding Authority)"): one mention, one
 *   finding, the abbreviation "also written". The abbreviation alone elsewhere counts as another mention of it.
 * - Area Child Protection Committees, replaced in each nation by its own board: the finding says which one.
 * - Near misses: two different old bodies side by side, not in brackets; "Child Protection Committee" (Scotland's
 *   current name); the "ISA" of a school association.
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(lines: string[]): string {
  return [
    "# Quayside Youth Choir — Safeguarding Policy",
    "",
    "## 1. Checks and guidance",
    "",
    ...lines,
    "",
  ].join("\n");
}

const found = (lines: string[]) =>
  checkText(outdatedReference, policy(lines), { asOf }).map((f) => [f.excerpt, f.message]);

describe("outdated-reference: an old body and its abbreviation in brackets", () => {
  it.each([
    "Every chorister leader was registered with the Independent Safeguarding Authority (ISA) before 2010.",
    "Leaders must be registered with the ISA (Independent Safeguarding Authority) before they lead a rehearsal.",
    "Leaders are vetted through the **Independent Safeguarding Authority** (**ISA**) barring scheme.",
  ])("is one finding: %s", (line) => {
    const reported = found([line]);
    expect(reported).toHaveLength(1);
    expect(reported[0][1]).toMatch(/\(also written "(?:ISA|Independent Safeguarding Authority)"\)/);
    expect(reported[0][1]).not.toMatch(/mentioned \d+ times/);
  });

  it("counts the abbreviation alone elsewhere as a second mention of the same body", () => {
    const reported = found([
      "Leaders were registered with the Independent Safeguarding Authority (ISA).",
      "",
      "A leader the ISA has barred may not sing with the choir's children.",
    ]);
    expect(reported).toHaveLength(1);
    expect(reported[0][1]).toMatch(/mentioned 2 times/);
  });

  it("two different old bodies side by side, not in brackets, are two findings (near miss)", () => {
    const reported = found([
      "We ask for a CRB check and registration with the Independent Safeguarding Authority.",
    ]);
    expect(reported).toHaveLength(2);
  });
});

describe("outdated-reference: Area Child Protection Committee, by nation", () => {
  it("in England: the local safeguarding partners", () => {
    const reported = found(["We follow the Area Child Protection Committee's thresholds."]);
    expect(reported.map((r) => r[0])).toEqual(["Area Child Protection Committee"]);
    expect(reported[0][1]).toMatch(/local safeguarding partners/);
  });

  it("in Northern Ireland: the Safeguarding Board for Northern Ireland, one finding with its abbreviation", () => {
    const reported = found([
      "We work under the Children (Northern Ireland) Order 1995 and with the PSNI.",
      "",
      "We take account of our local Area Child Protection Committee (ACPC) on referral thresholds.",
    ]);
    expect(reported.map((r) => r[0])).toEqual(["Area Child Protection Committee"]);
    expect(reported[0][1]).toMatch(/Safeguarding Board for Northern Ireland \(SBNI\)/);
  });

  it("in Wales: the regional Safeguarding Children Board", () => {
    const reported = found([
      "We follow the Wales Safeguarding Procedures.",
      "",
      "Referral thresholds are agreed by the area child protection committee.",
    ]);
    expect(reported).toHaveLength(1);
    expect(reported[0][1]).toMatch(/regional Safeguarding Children Board/);
  });

  it("Scotland's Child Protection Committee, without 'Area', is current (near miss)", () => {
    expect(
      found(["Police Scotland and the local Child Protection Committee publish our referral guidance."]),
    ).toEqual([]);
  });
});
