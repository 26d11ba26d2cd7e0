/**
 * A policy's version history (version number, date, what changed, who changed it) is not training, and the people
 * it names are its past authors: a former lead who signed an old version is not a lead with no training, and a
 * PDF's flattened history row ("2.1 12/10/2022 Safeguarding leads") is not a course. From the sixth held-out set
 * (issue 11), in our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { historyLines, splitLines } from "../../src/audit/text/lines.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const markdown = [
  "# Larkhill Primary School — Child Protection Policy",
  "",
  "| Version | Date | Changes | Author |",
  "| --- | --- | --- | --- |",
  "| 2.0 | 03/03/2022 | Annual review | Mrs Olwen Tarrant (DSL) |",
  "| 2.1 | 12/10/2022 | Safeguarding leads updated after Mrs Tarrant left | Governing Board |",
  "| 3.0 | 18/09/2025 | Annual review; training table updated | Mr R. Beck |",
  "",
  "## Who to contact",
  "",
  "Designated Safeguarding Lead: Mr Rhodri Beck, Deputy Headteacher, 01632 960221",
  "",
  "Deputy Designated Safeguarding Lead: Ms Carys Lund, Inclusion Manager, 01632 960222",
  "",
  "## Training",
  "",
  "| Name | Course | Completed |",
  "| --- | --- | --- |",
  "| Mr Rhodri Beck | Designated Safeguarding Lead training | 14/05/2025 |",
  "| Ms Carys Lund | Designated Safeguarding Lead training | 02/07/2025 |",
  "",
].join("\n");

const pdf = [
  "Larkhill Primary School Child Protection Policy",
  "Version Date Changes Author",
  "2.0 03/03/2022 Annual review Mrs Olwen Tarrant",
  "(DSL)",
  "2.1 12/10/2022 Safeguarding leads",
  "updated after",
  "Mrs Tarrant left",
  "Governing Board",
  "3.0 18/09/2025 Annual review;",
  "training table",
  "updated",
  "Mr R. Beck",
  "Approved by the Governing Board: 18 September 2025",
  "1. Who to contact",
  "Designated Safeguarding Lead: Mr Rhodri Beck, Deputy Headteacher, 01632 960221",
  "Deputy Designated Safeguarding Lead: Ms Carys Lund, Inclusion Manager, 01632 960222",
  "2. Training",
  "Name Course Completed",
  "Mr Rhodri Beck Designated Safeguarding Lead training 14/05/2025",
  "Ms Carys Lund Designated Safeguarding Lead training 02/07/2025",
  "",
].join("\n");

describe("historyLines", () => {
  it("finds a Markdown or Word version table's rows", () => {
    const lines = splitLines(markdown);
    expect([...historyLines(lines)].map((i) => lines[i].text.slice(0, 10))).toEqual([
      "| 2.0 | 03",
      "| 2.1 | 12",
      "| 3.0 | 18",
    ]);
  });

  it("finds a PDF's flattened version table, its rows wrapped over short lines, up to the next sentence", () => {
    const lines = splitLines(pdf);
    const found = [...historyLines(lines)].map((i) => lines[i].text);
    expect(found[0]).toBe("2.0 03/03/2022 Annual review Mrs Olwen Tarrant");
    expect(found.at(-1)).toBe("Mr R. Beck");
    expect(found).toHaveLength(10);
  });

  it("finds a version table whose version column is not the first", () => {
    const lines = splitLines(
      [
        "| Date | Version | Summary of changes | By |",
        "| --- | --- | --- | --- |",
        "| 03/03/2022 | 2.0 | Annual review | Mrs Olwen Tarrant |",
        "",
      ].join("\n"),
    );
    expect([...historyLines(lines)]).toEqual([2]);
  });

  it("stops a PDF's history row at a training table straight after it", () => {
    const lines = splitLines(
      [
        "3.0 18/09/2025 Annual review",
        "Mr R. Beck",
        "Training",
        "Name Course Completed",
        "Mr Rhodri Beck Designated Safeguarding Lead training 14/05/2025",
      ].join("\n"),
    );
    expect([...historyLines(lines)]).toEqual([0, 1, 2]);
  });

  it("leaves alone numbered sections and training lines", () => {
    const lines = splitLines(
      ["4.1 Training", "Mr Rhodri Beck – Level 3 DSL 14/05/2025", "4.2 Records", "Records are kept."].join(
        "\n",
      ),
    );
    expect(historyLines(lines).size).toBe(0);
  });
});

describe("a former lead named only in the version history", () => {
  it("is not a lead with no training (Markdown, Word-shaped tables)", () => {
    expect(checkText(trainingMissing, markdown, { asOf })).toEqual([]);
  });

  it("and the PDF's history rows are not courses: nobody's training is stale, undated or missing", () => {
    expect(checkText(trainingStale, pdf, { asOf, format: "pdf" })).toEqual([]);
    expect(checkText(trainingUndated, pdf, { asOf, format: "pdf" })).toEqual([]);
    expect(checkText(trainingMissing, pdf, { asOf, format: "pdf" })).toEqual([]);
  });

  it("while a lead named as a lead elsewhere, with no training, is still reported", () => {
    const text = markdown.replace(
      "| Ms Carys Lund | Designated Safeguarding Lead training | 02/07/2025 |\n",
      "",
    );
    expect(checkText(trainingMissing, text, { asOf }).map((f) => f.message)).toEqual([
      "The policy lists safeguarding training for other people, but none for Ms Carys Lund (deputy designated safeguarding lead) — add their courses with the dates they were completed",
    ]);
  });
});
