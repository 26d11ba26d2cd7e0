/**
 * section-reference (held-out set zz114), in our own words; every name is invented. A policy that cites its sources by
 * footnote-style markers ("…at every session.[2]") with a numbered list of them at the end ("[1] …", "[2] …"): a
 * marker whose number the list does not have ("[5]" when the list stops at [4]) points to a source the document does
 * not give. Only where the document has such a numbered list; a bracketed number in a policy without one is left alone.
 */
import { describe, expect, it } from "vitest";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const run = (text: string) => checkText(sectionReference, text, { asOf });

const policy = (marker: string, list: string[]) =>
  [
    "# Thistledown Canoe Club – Safeguarding",
    "",
    "## 1. Paddling with juniors",
    "",
    "Two adults are on the water with juniors at every session.[1] Juniors wear buoyancy aids at all times.[2]",
    `Coaches hold a current first aid certificate.[3] Lessons from incidents are shared each season.${marker}`,
    "",
    "## Sources",
    "",
    ...list,
    "",
  ].join("\n");
const fourSources = [
  "[1] British Canoeing, Safeguarding Policy: https://example.org/bc",
  "[2] British Canoeing, Safety Guidance: https://example.org/safety",
  "[3] First aid requirements: https://example.org/first-aid",
  "[4] Thistledown Canoe Club, Incident Log: https://example.org/log",
];

describe("section-reference: a footnote marker with no entry in the list", () => {
  it("reports the marker past the list's last entry", () => {
    const found = run(policy("[5]", fourSources));
    expect(found.map((f) => f.excerpt)).toEqual(["[5]"]);
    expect(found[0].message).toMatch(/\[1\]–\[4\]/);
  });
  it("leaves a marker the list has, and a bracketed number where there is no such list", () => {
    expect(run(policy("[4]", fourSources))).toEqual([]);
    expect(run(policy("[5]", ["Our sources are listed on the club noticeboard."]))).toEqual([]);
  });
});
