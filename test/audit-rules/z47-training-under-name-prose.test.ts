/**
 * training-stale (issue 11, held-out set zz46), in our own words; every name is invented. As of 3 December 2026.
 * Training written as prose under a bold name line, the paragraph calling the person by first name or pronoun
 * ("**Ms Orla Fitzgerald-Nash**" / "Orla attended Designated Safeguarding Lead (Level 3) training with the county on
 * the third of February 2023. She also holds …"), dates written in ordinal words: the finding names the person of
 * the bold line in full, not "Orla", and "Designated Safeguarding Lead (Level 3) training" after a first name is a
 * course, never a lead named "Orla". Near misses: a current course stays silent, and a sentence about someone
 * else's first name under the bold line is not the bold person's.
 */
import { describe, expect, it } from "vitest";
import { rule as stale } from "../../src/audit/rules/training-stale.js";
import { findLeadMentions } from "../../src/audit/text/leads.js";
import { checkDocument, checkText } from "../helpers/audit-context.js";
import { pdfDocument } from "../helpers/pdf-table-document.js";

const asOf = "2026-12-03";

function policy(
  orla: string,
  bram = "Bram completed the Designated Safeguarding Lead course on the fifth of May 2025.",
): string {
  return [
    "# Nettlestone Open Farm — Safeguarding Children",
    "",
    "Our Farm Safeguarding Lead is Mr Bram Oduya-Hart, Visits Manager.",
    "",
    "## 7. Training",
    "",
    "All staff complete our safeguarding induction every season; the lead and deputy renew designated lead training every two years.",
    "",
    "**Mr Bram Oduya-Hart**",
    bram,
    "",
    "**Ms Orla Fitzgerald-Nash**",
    orla,
    "",
    "**Seasonal staff**",
    "Everyone on the rota completes the one-hour induction before their first shift, renewed every season.",
    "",
  ].join("\n");
}

const found = (text: string, format: "md" | "docx" = "md") =>
  checkText(stale, text, { asOf, format }).map((f) => f.message);

describe("training prose under a bold name line", () => {
  it("names the bold line's person when the paragraph calls them by first name", () => {
    for (const format of ["md", "docx"] as const) {
      const messages = found(
        policy(
          "Orla attended Designated Safeguarding Lead (Level 3) training with the county on the third of February 2023. She also holds a first aid certificate, renewed on the ninth of January 2026.",
        ),
        format,
      );
      expect(messages, format).toHaveLength(1);
      expect(messages[0]).toMatch(/^Ms Orla Fitzgerald-Nash's most recent /);
      expect(messages[0]).toContain("3 February 2023");
    }
  });

  it("names the bold line's person when the sentence opens with a pronoun", () => {
    const messages = found(
      policy(
        "A deputy since the 2022 season. She completed the Designated Safeguarding Lead course on the twenty-first of June 2022, with the county partnership.",
      ),
    );
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^Ms Orla Fitzgerald-Nash's most recent /);
  });

  it("a first name alone, with no one named in full elsewhere, is still the bold line's person", () => {
    const messages = found(
      policy("Orla has attended Level 3 designated lead training, last on the thirtieth of April 2022."),
    );
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain("Ms Orla Fitzgerald-Nash");
  });

  it("reads a PDF's wrapped paragraph the same way", () => {
    const text = [
      "Nettlestone Open Farm — Safeguarding Children",
      "Our Farm Safeguarding Lead is Mr Bram Oduya-Hart, Visits Manager.",
      "7. Training",
      "All staff complete our safeguarding induction every season; the lead and deputy renew",
      "designated lead training every two years.",
      "Mr Bram Oduya-Hart",
      "Bram completed the county's Designated Safeguarding Lead course on the fifth of May",
      "2025.",
      "Ms Orla Fitzgerald-Nash",
      "Orla attended Designated Safeguarding Lead (Level 3) training with the county",
      "on the third of February 2023. She also holds a first aid certificate, renewed on",
      "the ninth of January 2026.",
      "Seasonal staff",
      "Everyone on the rota completes the one-hour induction before their first shift.",
    ].join("\n");
    const messages = checkDocument(stale, pdfDocument(text), { asOf }).map((f) => f.message);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^Ms Orla Fitzgerald-Nash's most recent /);
  });

  it("near miss: a current course under the bold line stays silent", () => {
    expect(
      found(
        policy(
          "Orla attended Designated Safeguarding Lead (Level 3) training with the county on the fourteenth of March 2025.",
        ),
      ),
    ).toEqual([]);
  });

  it("near miss: another person's first name under the bold line is not the bold line's person", () => {
    const messages = found(
      policy(
        "Orla shadows the lead on lambing weekends this season. Tamsin, who led the farm before her, completed the Designated Safeguarding Lead course on the third of February 2023.",
      ),
    );
    for (const message of messages) expect(message).not.toContain("Fitzgerald-Nash");
  });

  it("a course named after the role with its level in brackets names no lead", () => {
    const named = findLeadMentions(
      "Thomas attended Designated Safeguarding Lead (Level 3) training with the county on 3 February 2023.",
    ).filter((m) => m.name);
    expect(named).toEqual([]);
    // The role itself with its level in brackets still names its holder.
    expect(
      findLeadMentions("Ms Orla Fitzgerald-Nash, Designated Safeguarding Lead (Level 3 trained)")[0]?.name,
    ).toBe("Ms Orla Fitzgerald-Nash");
  });
});
