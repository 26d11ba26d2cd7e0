/**
 * A council template that sets every section out as a two-column table: the left cell holds the typed section number
 * and title in bold ("| **3 Training** | The welfare officer renews … |"), the right cell the text, with continuation
 * rows whose left cell is a label or empty. Those bold numbered cells are the policy's section headings: its typed
 * contents list is checked against them (a section listed but removed is one finding, the others agree), and "see
 * section 6" finds section 6. From the 103rd held-out set, in our own words; every name is invented. Near misses: a
 * table whose first cells are bold numbers alone, or bold sentences, holds no headings.
 */
import { describe, expect, it } from "vitest";
import { rule as contentsMismatch } from "../../src/audit/rules/contents-mismatch.js";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { found, markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";
import { pdfDocument as pdfTableDocument } from "../helpers/pdf-table-document.js";

const SECTIONS = ["Why we have this policy", "Who is who", "Training", "If you are worried", "Trips away"];

function markdown(listed: string[], carried = SECTIONS, text = "Read this with the coaching code."): string {
  return [
    "# Tarnside Kayak Juniors – Safeguarding Policy",
    "",
    "CONTENTS",
    ...listed.map((t, i) => `${i + 1} ${t}`),
    "",
    ...carried.flatMap((t, i) => [
      "| Section | What we do |",
      "| --- | --- |",
      `| **${i + 1} ${t}** | ${text} |`,
      "| | Coaches follow the steps the same day. |",
      "",
    ]),
  ].join("\n");
}

function word(listed: string[], carried = SECTIONS): string {
  return [
    "<h1>Tarnside Kayak Juniors – Safeguarding Policy</h1>",
    "<p>CONTENTS</p>",
    ...listed.map((t, i) => `<p>${i + 1} ${t}</p>`),
    ...carried.map(
      (t, i) =>
        `<table><tr><td><p><strong>Section</strong></p></td><td><p><strong>What we do</strong></p></td></tr><tr><td><p><strong>${i + 1} ${t}</strong></p></td><td><p>Read this with the coaching code.</p></td></tr></table>`,
    ),
  ].join("\n");
}

describe("contents-mismatch: section titles in a table's bold left-hand cells", () => {
  it("agrees with a contents list that lists the sections the table carries", () => {
    expect(run(contentsMismatch, markdownDocument(markdown(SECTIONS)))).toEqual([]);
    expect(run(contentsMismatch, wordDocument(word(SECTIONS)))).toEqual([]);
  });

  it("reports a listed section the policy no longer carries, and only that one", () => {
    const listed = [...SECTIONS, "Photographs"];
    const doc = markdownDocument(markdown(listed));
    expect(found(run(contentsMismatch, doc), doc)).toEqual(["6 Photographs"]);
    const docx = wordDocument(word(listed));
    expect(found(run(contentsMismatch, docx), docx)).toEqual(["6 Photographs"]);
  });

  it("reads 'see section 6' as a section the table does not have, and 'section 3' as one it has", () => {
    const text = markdown(
      SECTIONS,
      SECTIONS,
      "Parents give consent (see section 6). Follow section 3 for training.",
    );
    const reported = run(sectionReference, markdownDocument(text));
    expect(reported.map((r) => r.message)).toHaveLength(SECTIONS.length);
    expect(reported.every((r) => /section 6/.test(r.message))).toBe(true);
  });

  it("near miss: bold numbers alone, or bold sentences, in a table's first cells are no headings", () => {
    const numbers = markdownDocument(
      [
        "# Tarnside Kayak Juniors – Safeguarding Policy",
        "",
        "| Step | What to do |",
        "| --- | --- |",
        "| **1** | Listen and stay calm. |",
        "| **2** | Write it down the same day. |",
        "| **3 Tell the welfare officer straight away.** | Use the form. |",
        "",
        "Follow step 2 (see section 1).",
      ].join("\n"),
    );
    expect(run(sectionReference, numbers).map((r) => r.message)).toEqual([]);
    expect(run(contentsMismatch, numbers)).toEqual([]);
  });
});

describe("section-reference: a reference for recording, to a section that says to write it down", () => {
  it("is right", () => {
    const text = [
      "# Tarnside Kayak Juniors – Safeguarding Policy",
      "",
      "## 1. If you are worried",
      "",
      "Listen, do not promise secrecy, and write down what you saw or heard, with the date and time.",
      "",
      "## 2. Concerns about a coach",
      "",
      "Tell the welfare officer. Follow the steps in section 1 for recording what you know.",
    ].join("\n");
    expect(run(sectionReference, markdownDocument(text))).toEqual([]);
    expect(run(sectionReference, markdownDocument(text.replace("write down", "tell the lead")))).toHaveLength(
      1,
    );
    // "written consent" is a form of agreement, not a record.
    const consent = text.replace("write down what you saw or heard", "ask for written consent in writing");
    expect(run(sectionReference, markdownDocument(consent))).toHaveLength(1);
  });
});

describe("the same template as a PDF: the section titles are the first cells of its table", () => {
  const titles = ["Why we have this policy", "Who is who", "Training", "If you are worried"];
  const pdf = (listed: string[], reference = "section 2", header = ["Section", "Policy text"]) => {
    const rows = titles.map((t, i) => [
      `${i + 1} ${t}`,
      i === 3
        ? `Tell the welfare officer the same day. Who to tell is in ${reference}.`
        : "Coaches read this with the code.",
    ]);
    const text = [
      "Tarnside Kayak Juniors – Safeguarding Policy",
      "CONTENTS",
      ...listed.map((t, i) => `${i + 1} ${t}`),
      header.join(" "),
      // Each row's two cells side by side: the title and the text's first words on one line.
      ...rows.map((r) => r.join(" ")),
    ].join("\n");
    const doc = pdfTableDocument(text, [header, ...rows]);
    // The reader found the title by its type size: the document's only heading.
    doc.outline.headings = [
      { depth: 1, text: "Tarnside Kayak Juniors – Safeguarding Policy", offset: 0, endOffset: 44 },
    ];
    return doc;
  };

  it("agrees with a contents list of its sections, and reports one listed but removed", () => {
    expect(run(contentsMismatch, pdf(titles))).toEqual([]);
    const doc = pdf([...titles, "Photographs"]);
    expect(found(run(contentsMismatch, doc), doc)).toEqual(["5 Photographs"]);
  });

  it("checks a section reference against them", () => {
    expect(run(sectionReference, pdf(titles))).toEqual([]);
    expect(run(sectionReference, pdf(titles, "section 6")).map((r) => r.message)).toEqual([
      expect.stringContaining("no section is numbered 6"),
    ]);
  });

  it("near miss: a table of steps numbers its rows, not the policy's sections", () => {
    const steps = pdf(titles, "section 6", ["Step", "What to do"]);
    expect(run(sectionReference, steps).map((r) => r.message)).not.toContainEqual(
      expect.stringContaining("the last is 4"),
    );
  });
});
