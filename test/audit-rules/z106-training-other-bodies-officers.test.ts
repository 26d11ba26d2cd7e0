/**
 * A uniformed group's company that meets in a parish: its own lead is named (and trained), and its "Who does what"
 * lists other bodies' officers as contacts — the parish's officer in a block headed by the parish ("**The parish**",
 * "**Parish contacts**"), and the national body's officer with its scope in brackets after the role ("(national)",
 * "(county)"). Those officers are contacts, not the company's leads: no training is owed for them in its policy. A
 * parish's own policy still owes its Parish Safeguarding Officer's training. From the held-out set zz106, in our own
 * words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function company(parishBlock: string, nationalRole: string, nationalBlock = ""): string {
  return [
    "# 4th Marlbury Company, The Anchor Boys' Fellowship",
    "",
    "St Barnabas, Marlbury – Company Safeguarding Policy",
    "",
    "## 1. Who does what",
    "",
    "**The company**",
    "Company Safeguarding Lead: Captain Rhiannon Weekes, 07700 900 731",
    "Company deputy: Lieutenant Tobias Okafor, 07700 900 732",
    "",
    parishBlock,
    "Parish Safeguarding Officer: Mrs Marion Pettigrew, 07700 900 740",
    "",
    nationalBlock,
    `${nationalRole}: Mr Desmond Achterberg, 01632 960 741`,
    "",
    "## 2. Training",
    "",
    "| Name | Role | Course | Completed |",
    "| --- | --- | --- | --- |",
    "| Capt. Rhiannon Weekes | Company Safeguarding Lead | Leading Safely (Level 3) | 12.02.2026 |",
    "| Lt. Tobias Okafor | Company deputy | Foundation Safeguarding | 03.09.2025 |",
    "",
  ].join("\n");
}

describe("other bodies' officers listed beside the company's own leads", () => {
  it("a parish officer under a parish block, a national officer with '(national)': no training owed", () => {
    const text = company("**The parish**", "Fellowship Safeguarding Officer (national)");
    expect(checkText(trainingMissing, text, { asOf })).toEqual([]);
  });

  it("the same with '**Parish contacts**' and '(county)'", () => {
    const text = company("**Parish contacts**", "Fellowship Safeguarding Officer (county)");
    expect(checkText(trainingMissing, text, { asOf })).toEqual([]);
  });

  it("a block headed by the national body needs no scope in brackets", () => {
    const text = company("**The parish**", "Fellowship Safeguarding Officer", "**Fellowship HQ**");
    expect(checkText(trainingMissing, text, { asOf })).toEqual([]);
  });

  it("with neither a scope nor a block of its own, the Fellowship's officer is still owed training (near miss)", () => {
    const text = company("**The parish**", "Fellowship Safeguarding Officer");
    const found = checkText(trainingMissing, text, { asOf });
    expect(found.map((f) => f.message)).toEqual([expect.stringMatching(/Desmond Achterberg/)]);
  });

  it("with no block heading over the parish's officer, her training is still owed (near miss)", () => {
    const text = company("", "Fellowship Safeguarding Officer (national)");
    const found = checkText(trainingMissing, text, { asOf });
    expect(found.map((f) => f.message)).toEqual([expect.stringMatching(/Marion Pettigrew/)]);
  });

  it("a parish's own policy owes its Parish Safeguarding Officer's training (near miss)", () => {
    const text = [
      "# St Barnabas, Marlbury – Parish Safeguarding Policy",
      "",
      "## Who to tell",
      "",
      "**The parish**",
      "Parish Safeguarding Officer: Mrs Marion Pettigrew, 07700 900 740",
      "Deputy Parish Safeguarding Officer: Mr Hugo Lindqvist, 07700 900 742",
      "",
      "## Training",
      "",
      "| Name | Course | Completed |",
      "| --- | --- | --- |",
      "| Mr Hugo Lindqvist | Foundation Safeguarding | 03.09.2025 |",
      "",
    ].join("\n");
    const found = checkText(trainingMissing, text, { asOf });
    expect(found.map((f) => f.message)).toEqual([expect.stringMatching(/Marion Pettigrew/)]);
  });
});
