/**
 * A reviewer's probes (issue 11, review of a01c71f), in our own words; every name is invented. As of 1 December
 * 2026. A devolved government as the publisher between a title and its year names that nation's own guidance:
 * "Working Together (Welsh Government, 2018)" is Wales's Working Together to Safeguard People, in force, not
 * England's Working Together to Safeguard Children 2018; "Safeguarding Children: Working Together (Welsh Assembly
 * Government, 2007)" and "Getting it right for every child: Working Together (Scottish Government, 2022)" are not
 * England's either, nor is "(WG, 2018)". Near misses: England's guidance with a UK department or any other
 * initials as its publisher, and Scotland's and Northern Ireland's own guidance with their governments, are still
 * found.
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(line: string): string {
  return [
    "# Pentre Fawr Primary School — Safeguarding Policy",
    "",
    "## 3. The guidance we follow",
    "",
    "Staff who are worried about a pupil tell the designated safeguarding person the same day.",
    "",
    line,
    "",
  ].join("\n");
}

const excerpts = (line: string) => checkText(outdatedReference, policy(line), { asOf }).map((f) => f.excerpt);

describe("outdated-reference: a devolved publisher names its own nation's guidance", () => {
  it.each([
    "We follow Working Together (Welsh Government, 2018) and the Wales Safeguarding Procedures.",
    "Our procedures reflect Working Together (Welsh Government, 2018).",
    "Working Together to Safeguard People (Welsh Government, 2018) sets out how agencies work together.",
    "In Wales we follow Safeguarding Children: Working Together (Welsh Assembly Government, 2007).",
    "See Getting it right for every child: Working Together (Scottish Government, 2022).",
    "Our procedures reflect Working Together (WG, 2018).",
    "Welsh Government (2018) Working Together to Safeguard People, volume 5.",
    "Keeping Children Safe in Education (Scottish Government, 2019) is not ours to follow.",
  ])("is not England's guidance: %s", (line) => {
    expect(excerpts(line)).toEqual([]);
  });

  it.each([
    ["We follow Working Together to Safeguard Children (DfE, 2018).", "(DfE, 2018)"],
    ["We follow Working Together to Safeguard Children (HM Government, 2018).", "(HM Government, 2018)"],
    ["Department for Education (2018) Working Together to Safeguard Children.", "Working Together"],
    ["Keeping Children Safe in Education (NSPCC, 2019) summarises the duties.", "(NSPCC, 2019)"],
    ["We follow Working Together to Safeguard Children 2018 in England.", "Children 2018"],
    [
      "National Guidance for Child Protection in Scotland (Scottish Government, 2014) applies to our Fife club.",
      "(Scottish Government, 2014)",
    ],
    ["National Guidance for Child Protection in Scotland (SG, 2014).", "(SG, 2014)"],
    [
      "Co-operating to Safeguard Children (Northern Ireland Executive, 2003) for our trips to Belfast.",
      "(Northern Ireland Executive, 2003)",
    ],
  ])("still finds the nation's own old edition (near miss): %s", (line, end) => {
    const found = excerpts(line);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(end);
  });
});
