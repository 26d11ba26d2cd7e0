/**
 * Review 4 (issue 11), in our own words; every name is invented. As of 1 December 2026.
 * - An old body named in a dated account of the past is history, not a use: "Up to 2011 the nursery was regulated
 *   by the Care Commission; the Care Inspectorate regulates it now", "Till 2012 checks came from the Criminal
 *   Records Bureau", "we were last inspected by the Care Commission in 2008". The year must be one when the body
 *   still was: "Until 2027 we will keep CRB certificates" and "inspected by the Care Commission in 2024" are found.
 * - "Before <year>" is left as it was (existing tests find "registered with the ISA before 2010").
 * - A longer body's name that ends in the old one's ("Health and Social Care Commission") is not it.
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const found = (text: string) => excerpts(checkText(outdatedReference, text, { asOf }), text);

describe("old bodies in a dated account of the past", () => {
  it("leaves 'until <year>' history alone", () => {
    expect(
      found(
        "Up until 2011 the playgroup was registered with the Care Commission; the Care Inspectorate registers it now.",
      ),
    ).toEqual([]);
    expect(
      found(
        "Until March 2012, vetting for our coaches was done by the Criminal Records Bureau; the DBS does it now.",
      ),
    ).toEqual([]);
    expect(
      found("Till 2011 the Scottish Commission for the Regulation of Care inspected the crèche."),
    ).toEqual([]);
    expect(found("Between 2004 and 2011 the Care Commission inspected the crèche.")).toEqual([]);
  });

  it("leaves an event of a year the body still was alone", () => {
    expect(
      found(
        "The crèche was last visited by the Care Commission in 2008 and by the Care Inspectorate in 2025.",
      ),
    ).toEqual([]);
    expect(found("Our first volunteers were checked by the Criminal Records Bureau in 2004.")).toEqual([]);
  });

  it("finds a live use however it is dated", () => {
    expect(found("Until 2027 we will keep our CRB certificates on file.")).toEqual(["CRB certificates"]);
    expect(found("Until 2030 the Care Commission remains our regulator.")).toEqual(["Care Commission"]);
    expect(found("We were inspected by the Care Commission in 2024.")).toEqual(["Care Commission"]);
    expect(found("Staff must apply for a CRB check in 2026 before they start.")).toEqual(["CRB check"]);
    expect(found("The playgroup is registered with the Care Commission as a day care service.")).toEqual([
      "Care Commission",
    ]);
  });

  it("does not take a longer body's name for the Care Commission", () => {
    expect(
      found("Ring the Health and Social Care Commission or the Northern Ireland Social Care Council."),
    ).toEqual([]);
    expect(found("Report it to the Scottish Care Commission.")).toEqual(["Scottish Care Commission"]);
  });
});
