/**
 * Every deputy in a list of deputies ("Deputy Safeguarding Leads: A and B", a bulleted list under the role) is a
 * lead whose training the policy should record, not only the first; and a sentence that records a course for one
 * person and then "and <name> on <date>" records it for each person with their own date. From the fifteenth and
 * sixteenth held-out sets (issue 11), in our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { findTrainingLines } from "../../src/audit/text/training.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const table = [
  "| Name | Course | Date |",
  "| --- | --- | --- |",
  "| Marta Quill | Level 3 Designated Safeguarding Lead | 12/05/2025 |",
  "| Ivo Brennan | Level 3 Designated Safeguarding Lead | 03/06/2025 |",
].join("\n");

function policy(people: string, training = table): string {
  return ["# Larkfield Strings — Safeguarding Policy", "", people, "", "## Training", "", training, ""].join(
    "\n",
  );
}

const untrained = (text: string, format: "md" | "pdf" = "md") =>
  checkText(trainingMissing, text, { asOf, format }).map((f) => /none for (.+?) \(/.exec(f.message)?.[1]);

describe("every deputy in a list of deputies", () => {
  it("a bulleted list under the plural role: the second deputy with no training is reported", () => {
    const text = policy(
      [
        "Designated Safeguarding Lead: Ms Marta Quill, Head of Service",
        "",
        "Deputy Designated Safeguarding Leads:",
        "",
        "- Mr Ivo Brennan BMus, Ensembles Manager (01632 960 111)",
        "- Mr Casper Lindqvist, Weekend Centres Co-ordinator (01632 960 112)",
      ].join("\n"),
    );
    expect(untrained(text)).toEqual(["Mr Casper Lindqvist"]);
  });

  it("two deputies on the role's line: the second with no training is reported", () => {
    const text = policy(
      [
        "Designated Safeguarding Lead: Ms Marta Quill",
        "",
        "**Deputy Safeguarding Leads:** Mr Ivo Brennan (Oak Ward) and Ms Halina Zielińska (Elm Ward)",
      ].join("\n"),
    );
    expect(untrained(text)).toEqual(["Ms Halina Zielińska"]);
  });

  it("a deputy in the singular: the words after her name are not another deputy (near miss)", () => {
    const text = policy(
      [
        "Designated Safeguarding Lead: Ms Marta Quill",
        "",
        "Deputy Designated Safeguarding Lead: Mr Ivo Brennan, Sixth Form Pastoral Manager",
      ].join("\n"),
    );
    expect(untrained(text)).toEqual([]);
  });
});

describe("a sentence that records one course for several people", () => {
  const people = [
    "Designated Safeguarding Lead: Ms Marta Quill",
    "",
    "**Deputy Safeguarding Leads:** Mr Ivo Brennan and Ms Halina Zielińska",
  ].join("\n");

  for (const training of [
    "Marta Quill completed her Level 3 course in May 2025. Ivo Brennan completed the same course on 3 June 2025 and Halina Zielińska on 2 July 2025.",
    "Marta Quill completed her Level 3 course in May 2025. Ivo Brennan completed the same course on 3 June 2025, and Halina Zielińska in July 2025.",
  ]) {
    it(`credits each person with their own date (${training.slice(-40)})`, () => {
      const text = policy(people, training);
      const records = findTrainingLines(text).map((t) => [t.leadName, t.date?.text]);
      expect(records).toContainEqual(["Halina Zielińska", expect.stringMatching(/July 2025/)]);
      expect(untrained(text)).toEqual([]);
    });
  }

  it("still reports the deputy a sentence does not name (near miss)", () => {
    const text = policy(
      people,
      "Marta Quill completed her Level 3 course in May 2025. Ivo Brennan completed the same course on 3 June 2025 and the Prevent module on 2 July 2025.",
    );
    expect(untrained(text)).toEqual(["Ms Halina Zielińska"]);
  });
});

describe("a play specialist's awards after a deputy's name", () => {
  for (const after of ["FdA HPS", "FdSc, HPS"]) {
    it(`end the name, and the list of deputies goes on past them (${after})`, () => {
      const text = policy(
        [
          "Designated Safeguarding Lead: Ms Marta Quill",
          "",
          `**Deputy Safeguarding Leads:** Mr Ivo Brennan ${after} (Oak Ward, ext. 101) and Ms Halina Zielińska ${after} (Elm Ward, ext. 102)`,
        ].join("\n"),
      );
      expect(untrained(text)).toEqual(["Ms Halina Zielińska"]);
    });
  }

  it("a surname is not taken for an award (near miss)", () => {
    const text = policy(
      [
        "Designated Safeguarding Lead: Ms Marta Quill",
        "",
        "**Deputy Safeguarding Leads:** Mr Ivo Brennan and Ms Halina Fdaley (Elm Ward)",
      ].join("\n"),
    );
    expect(untrained(text)).toEqual(["Ms Halina Fdaley"]);
  });
});

describe("a bulleted list of deputies a PDF's text runs onto the role's line", () => {
  const pdfPolicy = (bullet: string, second: string) =>
    [
      "Larkfield Strings — Safeguarding Policy",
      "",
      "Designated Safeguarding Lead: Ms Marta Quill, Head of Service",
      "Deputy Designated Safeguarding Leads:",
      `${bullet} Mr Ivo Brennan BMus PGCE, Ensembles Manager (01632 960 111)`,
      `${bullet} ${second}, Weekend Centres Co-ordinator (01632 960`,
      "112)",
      "Tour manager (not a DSL): Mrs Petra Lund.",
      "",
      "Training",
      "Name Course Date",
      "Marta Quill Level 3 Designated",
      "Safeguarding Lead",
      "12/05/2025",
      "Ivo Brennan Level 3 Designated",
      "Safeguarding Lead",
      "03/06/2025",
      "",
    ].join("\n");

  for (const bullet of ["●", "▪"]) {
    it(`reports the second deputy with no training (${bullet})`, () => {
      expect(untrained(pdfPolicy(bullet, "Mr Casper Lindqvist GRSM"), "pdf")).toEqual([
        "Mr Casper Lindqvist",
      ]);
    });
  }

  it("a bullet that opens with no name adds nobody (near miss)", () => {
    expect(untrained(pdfPolicy("●", "the weekend co-ordinator on duty"), "pdf")).toEqual([]);
  });
});
