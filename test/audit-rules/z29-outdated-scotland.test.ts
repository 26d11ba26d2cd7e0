/**
 * From the thirtieth held-out set (issue 11), in our own words; every name is invented. As of 1 December 2026.
 * - Scotland's care regulator was the Care Commission (Scottish Commission for the Regulation of Care) until the
 *   Care Inspectorate took over on 1 April 2011; the Protection of Children (Scotland) Act 2003 gave way to the
 *   PVG scheme of the Protection of Vulnerable Groups (Scotland) Act 2007 on 28 February 2011.
 * - Current Scottish law and bodies that look old are never flagged, nor England's Care Quality Commission, nor an
 *   old name given as history.
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const found = (text: string) => excerpts(checkText(outdatedReference, text, { asOf }), text);

describe("Scotland's old regulator and vetting law", () => {
  it("finds the Care Commission in its shapes", () => {
    expect(found("The playgroup is registered with the Care Commission as a day care service.")).toEqual([
      "Care Commission",
    ]);
    expect(
      found("Inspections by the Scottish Commission for the Regulation of Care are shared with parents."),
    ).toEqual(["Scottish Commission for the Regulation of Care"]);
  });

  it("finds the 2003 Act", () => {
    expect(
      found("Coaches are checked under the Protection of Children (Scotland) Act 2003 before they start."),
    ).toEqual(["Protection of Children (Scotland) Act 2003"]);
    expect(found("as the Protection of Children (Scotland) Act (2003) requires")).toEqual([
      "Protection of Children (Scotland) Act (2003)",
    ]);
  });

  it("leaves current law, other nations' bodies and history alone", () => {
    const text = [
      "We follow the Children (Scotland) Act 1995, the Children and Young People (Scotland) Act 2014 and the",
      "Protection of Vulnerable Groups (Scotland) Act 2007, and tell the Care Inspectorate of any notifiable event.",
      "Our English sites are registered with the Care Quality Commission and Ofsted.",
      "The Care Inspectorate (formerly the Care Commission) inspects the nursery.",
      "An old form still cites the Protection of Children Act 1999.",
    ].join("\n");
    expect(found(text)).toEqual(["Protection of Children Act 1999"]);
  });
});
