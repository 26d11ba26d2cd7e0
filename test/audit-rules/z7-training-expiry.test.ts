/**
 * Training recorded by when it expires ("Expires: 04/2025", "Valid until 11/2027") in a training table whose
 * column does not say so ("Status", "Record"): an expiry is the end of validity, never a completion date — past,
 * the training is out of date; to come, it is current. From the seventh held-out set (issue 11), in our own
 * words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { analyse } from "../../src/audit/rules/helpers.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { checkText, excerpts, toDocument } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const who = [
  "## Who is responsible",
  "",
  "Our Designated Safeguarding Lead is Ms Priya Castellan, Head of Centre (01632 960610).",
  "",
  "Our Deputy Designated Safeguarding Lead is Mr Dafydd Okonjo, Pastoral Manager (01632 960611).",
  "",
].join("\n");

function markdown(header: string, first: string, second: string): string {
  return [
    "# Brightwater Pupil Referral Unit — Safeguarding Policy",
    "",
    who,
    "## Training",
    "",
    `| Name | Course | ${header} |`,
    "| --- | --- | --- |",
    `| Priya Castellan | Designated Safeguarding Lead training | ${first} |`,
    `| Dafydd Okonjo | Designated Safeguarding Lead training | ${second} |`,
    "",
    "All staff complete safeguarding training every September.",
    "",
  ].join("\n");
}

describe("a training table that gives each course's expiry", () => {
  it("reports the course whose expiry has passed, and takes the one still valid as current", () => {
    for (const [header, first, second] of [
      ["Record", "Expires: 11/2027", "Expires: 04/2025"],
      ["Status", "Valid until 11/2027", "Expired 04/2025"],
      ["Notes", "expiry 30/11/2027", "Expiry: 30/04/2025"],
    ]) {
      const text = markdown(header, first, second);
      const stale = checkText(trainingStale, text, { asOf });
      expect(excerpts(stale, text), second).toEqual([
        `| Dafydd Okonjo | Designated Safeguarding Lead training | ${second} |`,
      ]);
      expect(stale[0].message).toMatch(/^Dafydd Okonjo's .* expired (?:at the end of|on 30) April 2025/);
      expect(checkText(trainingUndated, text, { asOf }), second).toEqual([]);
      expect(checkText(trainingMissing, text, { asOf }), second).toEqual([]);
    }
  });

  it("never reads an expiry as the date the course was done", () => {
    const rows = analyse(toDocument(markdown("Record", "Expires: 11/2027", "Expires: 04/2025"))).training;
    expect(rows.map((r) => [r.leadName, r.date?.text, r.dueDate?.text])).toEqual([
      ["Priya Castellan", undefined, "11/2027"],
      ["Dafydd Okonjo", undefined, "04/2025"],
    ]);
  });

  it("still takes a completion date beside the expiry", () => {
    const text = [
      "# Brightwater Pupil Referral Unit — Safeguarding Policy",
      "",
      who,
      "## Training",
      "",
      "| Name | Course | Completed | Record |",
      "| --- | --- | --- | --- |",
      "| Priya Castellan | Designated Safeguarding Lead training | 12/11/2025 | Expires: 11/2027 |",
      "| Dafydd Okonjo | Designated Safeguarding Lead training | 03/04/2023 | Expires: 04/2025 |",
      "",
    ].join("\n");
    const stale = checkText(trainingStale, text, { asOf });
    expect(stale).toHaveLength(1);
    expect(stale[0].message).toMatch(/^Dafydd Okonjo's most recent .* is dated 3 April 2023/);
  });

  it("reads the same from a PDF, the table's cells broken over lines", () => {
    const text = [
      "Brightwater Pupil Referral Unit Safeguarding Policy",
      "1. Who is responsible",
      "Our Designated Safeguarding Lead is Ms Priya Castellan, Head of Centre (01632 960610).",
      "Our Deputy Designated Safeguarding Lead is Mr Dafydd Okonjo, Pastoral Manager (01632",
      "960611).",
      "2. Training",
      "Name Course Record",
      "Priya Castellan Designated",
      "Safeguarding Lead training",
      "Expires: 11/2027",
      "Dafydd Okonjo Designated",
      "Safeguarding Lead training",
      "Expires: 04/2025",
      "All staff complete safeguarding training every September, with a refresher in the spring.",
      "",
    ].join("\n");
    const stale = checkText(trainingStale, text, { asOf, format: "pdf" });
    expect(stale.map((f) => f.message)).toEqual([
      expect.stringMatching(/^Dafydd Okonjo's .* expired at the end of April 2025/),
    ]);
    expect(checkText(trainingUndated, text, { asOf, format: "pdf" })).toEqual([]);
    expect(checkText(trainingMissing, text, { asOf, format: "pdf" })).toEqual([]);
  });
});
