/**
 * training-missing on policies that list each lead's training, where the person the reader calls a lead is either
 * the governing body's own officer ("The Board's Safeguarding Champion is …", "Committee Safeguarding Officer"), who
 * oversees the policy and takes no concerns, or the lead named by title and surname with the full name in brackets
 * ("Mrs Uí Dhónaill (Nóra Uí Dhónaill)"), whose courses are listed under the full name. From the thirty-fourth
 * held-out set (issue 11), in our own words; every name is invented. Each near miss keeps its finding.
 */
import { describe, expect, it } from "vitest";
import { rule } from "../../src/audit/rules/training-missing.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function missing(text: string): string[] {
  return excerpts(checkText(rule, text, { asOf }), text);
}

const trainingTable = [
  "## 5. Training",
  "",
  "| Name | Course | Completed |",
  "| --- | --- | --- |",
  "| Tamsin Greaves | Designated Safeguarding Lead training | 04/03/2025 |",
  "| Owen Pryce | Deputy DSL training | 11/06/2025 |",
  "",
];

describe("the governing body's own safeguarding officer", () => {
  const policy = (sentence: string) =>
    [
      "# Millbrook Activity Centre — Safeguarding Policy",
      "",
      "Our Designated Safeguarding Lead is Ms Tamsin Greaves; the Deputy Designated Safeguarding Lead is Mr Owen Pryce.",
      "",
      sentence,
      "",
      ...trainingTable,
    ].join("\n");

  it("is not reported when the board's champion oversees the policy", () => {
    expect(
      missing(
        policy("The Board's Safeguarding Champion is Mr Declan Furey (Trustee); he does not take reports."),
      ),
    ).toEqual([]);
  });

  it("is not reported as a committee officer in a table", () => {
    const text = policy(
      ["| Role | Name |", "| --- | --- |", "| Committee Safeguarding Officer | Mrs Ffion Caddick |"].join(
        "\n",
      ),
    );
    expect(missing(text)).toEqual([]);
  });

  it("near miss: the setting's own safeguarding officer with no training listed is still reported", () => {
    expect(missing(policy("Our Safeguarding Officer is Mr Declan Furey (Centre Manager)."))).toEqual([
      "Mr Declan Furey",
    ]);
  });
});

describe("a title and surname with the full name in brackets", () => {
  const policy = (row: string) =>
    [
      "# Naíscoil an Tobair — Child Protection Policy",
      "",
      "| Role | Name |",
      "| --- | --- |",
      `| Designated Safeguarding Lead | ${row}, Leader |`,
      "| Deputy Designated Safeguarding Lead | Owen Pryce |",
      "",
      "## 5. Training",
      "",
      "| Name | Course | Completed |",
      "| --- | --- | --- |",
      "| Nóra Uí Dhónaill | Designated Teacher training | 04/03/2025 |",
      "| Owen Pryce | Deputy Designated Teacher training | 11/06/2025 |",
      "",
    ].join("\n");

  it("is not reported with an Irish title", () => {
    expect(missing(policy("Bean Uí Dhónaill (Nóra Uí Dhónaill)"))).toEqual([]);
  });

  it("is not reported with an English title", () => {
    expect(missing(policy("Mrs Uí Dhónaill (Nóra Uí Dhónaill)"))).toEqual([]);
  });

  it("near miss: someone else's name in the brackets keeps the finding", () => {
    expect(missing(policy("Mrs Carys Pugh (Nóra Uí Dhónaill)"))).toEqual(["Mrs Carys Pugh"]);
  });
});
