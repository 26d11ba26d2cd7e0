/**
 * Several deputies under one plural label, each with a bracketed job and a way to reach them, apart by ";", "; and"
 * or ", and": "Deputies: Name (Job), 07700 900 000; and Name (Job), [phone number]". Every deputy is read, so a
 * deputy with no training in a table that lists the others' is found. A bilingual label writes the words twice. From
 * the held-out set zz81 (issue 11), in our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { checkText, namesFor } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

describe("deputies listed each with a job and a contact", () => {
  it("reads every deputy", () => {
    for (const line of [
      "Deputies: Rhodri Vaughan-Ellis (Studio Manager), 07700 900 411; and Carys Mair Pugh (Wardrobe Lead), [phone number]",
      "Dirprwyon / Deputies: Rhodri Vaughan-Ellis (Rheolwr Stiwdio / Studio Manager), 07700 900 411; and Carys Mair Pugh (Arweinydd Gwisgoedd / Wardrobe Lead), [rhif ffôn / phone number]",
      "Deputies: Rhodri Vaughan-Ellis (Studio Manager), 07700 900 411; Carys Mair Pugh (Wardrobe Lead), 07700 900 412",
      "Deputies: Rhodri Vaughan-Ellis (Studio Manager), 07700 900 411, and Carys Mair Pugh (Wardrobe Lead), 07700 900 412",
      "Deputies: Rhodri Vaughan-Ellis (Studio Manager), rhodri@studio.example.org; and Carys Mair Pugh (Wardrobe Lead), carys@studio.example.org",
    ]) {
      expect(namesFor(`# Policy\n\n${line}\n`, "md", "deputy"), line).toEqual([
        "Rhodri Vaughan-Ellis",
        "Carys Mair Pugh",
      ]);
    }
  });

  it("does not read the words after a deputy's contact as another deputy", () => {
    for (const line of [
      "Deputies: Rhodri Vaughan-Ellis (Studio Manager), 07700 900 411; Monday to Friday only",
      "Deputy: Rhodri Vaughan-Ellis (Studio Manager), 07700 900 411; and Safeguarding Board (Regional), 01632 960 000",
    ]) {
      expect(namesFor(`# Policy\n\n${line}\n`, "md", "deputy"), line).toEqual(["Rhodri Vaughan-Ellis"]);
    }
  });

  it("finds the second deputy's missing training", () => {
    const text = [
      "# Safeguarding Policy",
      "",
      "Designated Safeguarding Officer: Ffion Harries (Artistic Director), 07700 900 410",
      "",
      "Deputies: Rhodri Vaughan-Ellis (Studio Manager), 07700 900 411; and Carys Mair Pugh (Wardrobe Lead), 07700 900 412",
      "",
      "## Training",
      "",
      "| Name | Course | Date |",
      "| --- | --- | --- |",
      "| Ffion Harries | Designated Safeguarding Person (Group C) | 05/2025 |",
      "| Rhodri Vaughan-Ellis | Designated Safeguarding Person (Group C) | 02/2026 |",
      "",
    ].join("\n");
    const found = checkText(trainingMissing, text, { asOf });
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain("Carys Mair Pugh");
  });
});
