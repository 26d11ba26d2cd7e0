/**
 * deputy-missing (forty-fourth session), in our own words; every name is invented. A named person in a safeguarding
 * role of their own who is on site at an event, with the setting's named lead on call ("For the camp the committee
 * appoints an **On-site Safeguarding Lead**, who is present throughout … For the 2026 camp this was **Priya
 * Sandhu**; the Chapel Safeguarding Officer is on call by phone"), is a second named safeguarding person who acts
 * when the lead is away: the policy has a deputy in all but name. Near misses, still reported: the lead on call with
 * nobody named on site ("A leader is present throughout; the Chapel Safeguarding Officer is on call"), and a named
 * person on site who holds no safeguarding role ("Priya Sandhu runs the kitchen on site; the Chapel Safeguarding
 * Officer is on call by phone").
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const lead = "Chapel Safeguarding Officer: Mr Gideon Harrowby, 01632 960271";
const documents = (event: string): SourceDocument[] => [
  markdownDocument(
    [
      "# Larkhollow Chapel — Summer Camp Safeguarding Policy",
      "",
      "## 1. Who is responsible",
      "",
      `**Chapel Safeguarding Officer:** Mr Gideon Harrowby, 01632 960271`,
      "",
      event,
      "",
      "## 2. Responding to a concern",
      "",
      "Tell the Chapel Safeguarding Officer the same day.",
      "",
    ].join("\n"),
  ),
  wordDocument(
    [
      "<h1>Larkhollow Chapel — Summer Camp Safeguarding Policy</h1>",
      "<h2>1. Who is responsible</h2>",
      "<p><strong>Chapel Safeguarding Officer:</strong> Mr Gideon Harrowby, 01632 960271</p>",
      `<p>${event.replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")}</p>`,
      "<h2>2. Responding to a concern</h2>",
      "<p>Tell the Chapel Safeguarding Officer the same day.</p>",
    ].join(""),
  ),
  pdfDocument(
    [
      "Larkhollow Chapel — Summer Camp Safeguarding Policy",
      "1. Who is responsible",
      lead,
      event.replace(/\*\*/g, ""),
      "2. Responding to a concern",
      "Tell the Chapel Safeguarding Officer the same day.",
    ].join("\n"),
  ),
];
const warned = (event: string) => documents(event).map((d) => run(deputyMissing, d).length);

describe("a named on-site safeguarding lead for an event, with the lead on call", () => {
  it("is a deputy in all but name: no warning", () => {
    for (const event of [
      "For the camp only, the committee appoints an **On-site Safeguarding Lead**, who is present throughout and to whom every concern is taken first. For the 2026 camp this was **Priya Sandhu**; the Chapel Safeguarding Officer is on call by phone.",
      "Our Camp Safeguarding Lead, Priya Sandhu, is on site throughout the camp, and the Chapel Safeguarding Officer is on call.",
    ])
      expect(warned(event), event).toEqual([0, 0, 0]);
  });

  it("stays reported: nobody named on site, or a named person with no safeguarding role", () => {
    for (const event of [
      "A leader is present throughout the camp; the Chapel Safeguarding Officer is on call by phone.",
      "Priya Sandhu runs the kitchen on site throughout the camp; the Chapel Safeguarding Officer is on call by phone.",
      "The Chapel Safeguarding Officer is on call by phone during the camp.",
    ])
      expect(warned(event), event).toEqual([1, 1, 1]);
  });
});
