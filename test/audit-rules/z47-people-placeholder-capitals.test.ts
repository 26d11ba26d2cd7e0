/**
 * A template's blank for a person written with a capital or in capitals — "[Name]", "[NAME OF DEPUTY]", "<Name>",
 * "(Insert name)" — stands where the name should be, as "[insert name]" does: a site table's deputy cell left so is
 * a site without a deputy, and a lead left so is no lead. From the forty-sixth held-out set (issue 11), in our own
 * words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const siteTable = (blank: string) =>
  [
    "# Puffin Sports Camps — Child Protection Policy",
    "",
    "Each venue has a Child Protection Coordinator and a Depute, named on the signing-in sheet.",
    "",
    "| Venue | Child Protection Coordinator | Depute |",
    "| --- | --- | --- |",
    "| Glenmorrow High School | Mr Fraser Lennox, Head Coach | Ms Isla Crombie, Coach |",
    `| Ardvale Sports Hall | Mrs Leanne Baird, Hall Manager | ${blank} |`,
    "| Ardvale Pool | Mr Tariq Bell, Pool Supervisor | Miss Ruby Gault |",
    "",
  ].join("\n");

describe("a depute's cell holding a blank written with capitals", () => {
  it.each(["[Name]", "[NAME]", "[Name of depute]", "<Name>", "(Insert name)"])(
    "is a site without a deputy: %s",
    (blank) => {
      const text = siteTable(blank);
      const found = checkText(deputyMissing, text, { asOf });
      expect(found).toHaveLength(1);
      expect(excerpts(found, text)[0]).toContain("Ardvale Sports Hall");
      expect(found[0].message).toContain(blank);
    },
  );

  it("a named depute in every row is no finding", () => {
    expect(checkText(deputyMissing, siteTable("Mr Euan Petrie, Coach"), { asOf })).toEqual([]);
  });
});

describe("a lead left as a capitalised blank", () => {
  it.each(["[Name]", "[NAME]", "<Name>"])("is not named: %s", (blank) => {
    const text = [
      "# Safeguarding Policy",
      "",
      `Designated Safeguarding Lead: ${blank}`,
      "",
      "Deputy Designated Safeguarding Lead: Mr Owen Tarrant",
      "",
    ].join("\n");
    const found = checkText(leadMissing, text, { asOf });
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain(blank);
  });
});
