/**
 * deputy-missing (held-out set zz139), in our own words; every name is invented. A chapel's policy names its Chapel
 * Safeguarding Officer, then its minister on a contact line of his own ("**Superintendent:** The Revd Dr Samuel
 * Okafor-Lund, Minister", or "**Minister:** Mr Samuel Okafor-Lund"), and says "If the Chapel Safeguarding
 * Officer is not available, speak to the Minister." The one concerns go to when the lead is not available is her
 * deputy, and the policy names him under his job: a deputy is named. Near misses: the same sentence when the policy
 * names no one for the job (a deputy's place with nobody in it), and when the one to speak to is an outside body's
 * officer ("speak to the District Safeguarding Adviser") — no deputy, reported as before.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const layouts = (minister: string, absence: string) => {
  const contacts = [
    ["**Chapel Safeguarding Officer:** Mrs Petronella Ashby-Quayle", "Telephone: 07700 900111"],
    [minister, "Telephone: 01632 960111"],
    [absence],
    [
      "**District Safeguarding Adviser:** Mr Gareth Pennywell, Eastmoor District",
      "The District Safeguarding Adviser advises the chapel; he is not the chapel's safeguarding lead.",
    ],
  ];
  return [
    markdownDocument(
      [
        "# Eastmoor Road Chapel – Safeguarding Policy",
        "",
        "## Who to contact",
        "",
        ...contacts.flatMap((lines) => [...lines, ""]),
        "## Responding to a concern",
        "",
        "Tell the Chapel Safeguarding Officer the same day.",
        "",
      ].join("\n"),
    ),
    wordDocument(
      [
        "<h1>Eastmoor Road Chapel – Safeguarding Policy</h1>",
        "<h2>Who to contact</h2>",
        ...contacts.map(
          (lines) => `<p>${lines.join("<br />").replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>")}</p>`,
        ),
        "<h2>Responding to a concern</h2>",
        "<p>Tell the Chapel Safeguarding Officer the same day.</p>",
      ].join("\n"),
    ),
  ];
};

const speakTo = (job: string) => `If the Chapel Safeguarding Officer is not available, speak to the ${job}.`;

describe("deputy-missing: the one to speak to when the lead is not available, a job the policy names", () => {
  it("takes the named holder of the job after a comma for the deputy", () => {
    for (const document of layouts(
      "**Superintendent:** The Revd Dr Samuel Okafor-Lund, Minister",
      speakTo("Minister"),
    ))
      expect(run(deputyMissing, document), document.format).toEqual([]);
  });

  it("takes the job's holder on its own label line for the deputy", () => {
    for (const document of layouts("**Minister:** Mr Samuel Okafor-Lund", speakTo("Minister")))
      expect(run(deputyMissing, document), document.format).toEqual([]);
  });

  it("stays quiet about no one when nobody is named for the job: no deputy", () => {
    for (const document of layouts("**Superintendent:** The Revd Dr Samuel Okafor-Lund", speakTo("Minister")))
      expect(run(deputyMissing, document), document.format).toHaveLength(1);
  });

  it("reads the job's holder as no deputy when she is the lead herself (review 48)", () => {
    for (const document of layouts("**Minister:** Mrs Petronella Ashby-Quayle", speakTo("Minister")))
      expect(run(deputyMissing, document), document.format).toHaveLength(1);
  });

  it("reads an outside adviser to speak to as no deputy", () => {
    for (const document of layouts(
      "**Superintendent:** The Revd Dr Samuel Okafor-Lund, Minister",
      speakTo("District Safeguarding Adviser"),
    ))
      expect(run(deputyMissing, document), document.format).toHaveLength(1);
  });
});
