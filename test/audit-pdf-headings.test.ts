/**
 * An untagged PDF's headings and blocks read from its layout (issue 11), on small PDFs drawn here with pdf-lib:
 * no heading inside a table's rows, none made only of a date or a number, none that continues the line before;
 * numbered sub-headings in the body's size; "Clause 4" numbered; a paragraph or a table that runs onto the next
 * page is one block, placed on the page it starts on. scripts/pdf-headings.ts measures the same on real PDFs.
 */
import { PDFDocument, type PDFFont, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import type { Block } from "../src/audit/document/blocks.js";
import { describePlace, placeOf } from "../src/audit/document/place.js";
import type { SourceDocument } from "../src/audit/rule.js";
import { readDocumentBytes } from "../src/audit/sources/read-bytes.js";

/** A piece of text drawn at x on the line (a table's cell, or the whole line). */
interface Run {
  text: string;
  x?: number;
  bold?: boolean;
}

interface Drawn {
  text: string | Run[];
  size?: number;
  bold?: boolean;
  x?: number;
  /** Extra space above the line, in points. */
  gap?: number;
  /** Its baseline, when it goes back up (a table's next cell, read cell by cell). */
  y?: number;
  /** Starts a new page. */
  page?: boolean;
}

const MARGIN = 72;
const BODY =
  "Every adult who works with the children in our care reads this policy and follows it on every single day.";

/** An untagged A4 PDF drawn line by line, with the same running header on each page. */
async function drawn(lines: Drawn[]): Promise<SourceDocument> {
  const pdf = await PDFDocument.create();
  const fonts: Record<"regular" | "bold", PDFFont> = {
    regular: await pdf.embedFont(StandardFonts.Helvetica),
    bold: await pdf.embedFont(StandardFonts.HelveticaBold),
  };
  let page = pdf.addPage([595, 842]);
  const header = () =>
    page.drawText("Wrenfold Play Scheme — Safeguarding Policy", {
      x: MARGIN,
      y: 800,
      size: 8,
      font: fonts.regular,
    });
  header();
  let y = 770;
  for (const line of lines) {
    const size = line.size ?? 10;
    if (line.page) {
      page = pdf.addPage([595, 842]);
      header();
      y = 770;
    }
    y = line.y ?? y - ((line.gap ?? 0) + size * 1.3);
    const runs = typeof line.text === "string" ? [{ text: line.text }] : line.text;
    for (const run of runs)
      page.drawText(run.text, {
        x: run.x ?? line.x ?? MARGIN,
        y,
        size,
        font: (run.bold ?? line.bold) ? fonts.bold : fonts.regular,
      });
  }
  return readDocumentBytes(await pdf.save(), "policy.pdf");
}

const headings = (blocks: Block[]) =>
  blocks.flatMap((b) =>
    b.kind === "heading" ? [`${b.depth} ${b.number ? `${b.number} ` : ""}${b.title}`] : [],
  );
const where = (document: SourceDocument, needle: string) => {
  const at = document.text.indexOf(needle);
  expect(at, needle).toBeGreaterThanOrEqual(0);
  return describePlace(placeOf(document, at) ?? {});
};

describe("what is not a heading", () => {
  it("a table's bold first-column cells, read cell by cell, are not headings, even a date wrapped over lines", async () => {
    // A history table: each row's date (bold, wrapped in a narrow column) is drawn before the cells beside it.
    const cell = MARGIN + 5;
    const document = await drawn([
      { text: "Document history", size: 14, bold: true },
      { text: BODY },
      {
        text: [
          { text: "Date", x: cell },
          { text: "Version", x: 160 },
          { text: "What changed", x: 250 },
        ],
        bold: true,
        gap: 6,
      },
      { text: "1", x: cell, bold: true, gap: 4 },
      { text: "September", x: cell, bold: true },
      { text: "2026", x: cell, bold: true },
      {
        text: [
          { text: "Model 2026.1", x: 160 },
          { text: "Plainer wording throughout.", x: 250 },
        ],
        y: 697.2,
      },
      { text: "Safeguarding", x: cell, bold: true, y: 670 },
      { text: "team", x: cell, bold: true },
      {
        text: [
          { text: "Hana Lowe", x: 160 },
          { text: "Special needs lead", x: 250 },
        ],
        y: 670,
      },
      { text: BODY, gap: 20 },
    ]);
    expect(headings(document.blocks)).toEqual(["1 Document history"]);
  });

  it("a bold line made only of a date or a number is not a heading", async () => {
    const document = await drawn([
      { text: "Review", size: 14, bold: true },
      { text: BODY },
      { text: "1 September 2026", bold: true, gap: 6 },
      { text: BODY, gap: 6 },
      { text: "2026", bold: true, gap: 6 },
      { text: BODY, gap: 6 },
      { text: "Who reviews it", bold: true, gap: 6 },
      { text: BODY },
    ]);
    expect(headings(document.blocks)).toEqual(["1 Review", "2 Who reviews it"]);
  });

  it("a bold line that continues the one before (it starts in lower case, or that one stopped mid-sentence) is not a heading", async () => {
    const document = await drawn([
      { text: "Early help", size: 14, bold: true },
      { text: BODY },
      // A narrow bold cell wrapped over two lines, and a bold phrase carried onto a second line.
      { text: "Level two", bold: true, gap: 6 },
      { text: "help", bold: true },
      { text: BODY, gap: 6 },
      { text: "Every adult must tell the designated lead on the same", bold: true, gap: 6 },
      { text: "Day They Hear It", bold: true },
      { text: BODY, gap: 6 },
    ]);
    expect(headings(document.blocks)).toEqual(["1 Early help"]);
  });
});

describe("numbered sub-headings and numbered words", () => {
  it("'5.1 When …' in the body's size, bold or alone on its line, is a sub-heading under '5'", async () => {
    const document = await drawn([
      { text: "5. Consent", size: 14, bold: true },
      { text: BODY },
      { text: "5.1 When to seek consent", bold: true, gap: 6 },
      { text: BODY },
      { text: "5.2 When not to seek consent", gap: 6 },
      { text: BODY },
      // A numbered paragraph is not a heading: its sentence runs on.
      { text: "5.3 Staff record what the family said and why they", gap: 6 },
      { text: "refused, and tell the designated lead the same day." },
      { text: "6. Records", size: 14, bold: true, gap: 6 },
      { text: BODY },
    ]);
    expect(headings(document.blocks)).toEqual([
      "1 5 Consent",
      "2 5.1 When to seek consent",
      "2 5.2 When not to seek consent",
      "1 6 Records",
    ]);
    expect(where(document, "refused, and tell")).toBe(
      "page 1, section 5.2 When not to seek consent, paragraph 2",
    );
  });

  it("bold numbered headings straight after one another, or over a table's bold header row, are each a heading", async () => {
    const document = await drawn([
      { text: "Safeguarding Policy", size: 16, bold: true },
      { text: BODY },
      { text: "2. Key people", bold: true },
      {
        text: [
          { text: "Role", x: MARGIN + 5 },
          { text: "Name", x: 220 },
        ],
        bold: true,
      },
      {
        text: [
          { text: "Lead", x: MARGIN + 5 },
          { text: "Ada Pell", x: 220 },
        ],
      },
      {
        text: [
          { text: "Deputy", x: MARGIN + 5 },
          { text: "Bo Trent", x: 220 },
        ],
      },
      { text: "3. Roles and responsibilities", bold: true },
      { text: "3.1 The governing body", bold: true },
      { text: BODY },
    ]);
    expect(headings(document.blocks)).toEqual([
      "1 Safeguarding Policy",
      "2 2 Key people",
      "2 3 Roles and responsibilities",
      "3 3.1 The governing body",
    ]);
  });

  it("'Clause 4', 'Section 2', 'Part 3' and 'Appendix A' headings carry their number", async () => {
    const document = await drawn([
      { text: "Clause 4: Records", size: 14, bold: true },
      { text: BODY },
      { text: "Section 2 – Training", size: 14, bold: true, gap: 6 },
      { text: BODY },
      { text: "Part 3 Allegations", size: 14, bold: true, gap: 6 },
      { text: BODY },
      { text: "Appendix A: Contacts", size: 14, bold: true, gap: 6 },
      { text: BODY },
    ]);
    expect(headings(document.blocks)).toEqual([
      "1 4 Records",
      "1 2 Training",
      "1 3 Allegations",
      "1 A Contacts",
    ]);
  });
});

describe("a block that runs onto the next page", () => {
  it("a paragraph broken by the page is one paragraph, placed on the page it starts on", async () => {
    const filler = Array.from({ length: 50 }, () => ({
      text: "A line of the long paragraph that fills the page",
    }));
    const document = await drawn([
      { text: "Records", size: 14, bold: true },
      { text: "Every record is kept safely.", gap: 4 },
      { text: "Staff write down what they saw", gap: 8 },
      ...filler,
      { text: "and what the child said, in the child's words,", page: true },
      { text: "and give it to the lead the same day." },
      { text: "Records are kept until the child is 25.", gap: 8 },
    ]);
    // The words are on page 2, in the section's second paragraph, which starts on page 1.
    expect(where(document, "and give it to the lead")).toBe('page 2, under "Records", paragraph 2');
    const paragraph = document.blocks.find(
      (b) =>
        b.offset <= document.text.indexOf("and give it") &&
        document.text.indexOf("and give it") < b.endOffset &&
        !b.place.region,
    );
    expect(
      paragraph && [
        paragraph.kind,
        paragraph.place.page,
        document.text.slice(paragraph.offset, paragraph.offset + 14),
      ],
    ).toEqual(["paragraph", 1, "Staff write do"]);
    expect(where(document, "Records are kept until")).toBe('page 2, under "Records", paragraph 3');
  });

  it("a table broken by the page is one table, its rows in order", async () => {
    const rows = Array.from({ length: 45 }, (_, n) => ({
      text: [
        { text: `Person ${n + 1}` },
        { text: "Child protection awareness", x: 220 },
        { text: "1 May 2025", x: 420 },
      ],
    }));
    const document = await drawn([
      { text: "Training", size: 14, bold: true },
      { text: [{ text: "Name" }, { text: "Course", x: 220 }, { text: "Date", x: 420 }], bold: true, gap: 4 },
      ...rows.slice(0, 40),
      { ...rows[40], page: true },
      ...rows.slice(41),
      { text: "Everyone renews this training every three years.", gap: 8 },
    ]);
    const tables = document.blocks.filter((b) => b.kind === "table");
    expect(tables).toHaveLength(1);
    const table = tables[0];
    expect(table.kind === "table" && table.rows.map((r) => r[0].text)).toEqual([
      "Name",
      ...rows.map((r) => (r.text as Run[])[0].text),
    ]);
    expect(where(document, "Person 44")).toBe('page 2, under "Training", paragraph 1 (table row 45)');
    expect(where(document, "Everyone renews")).toBe('page 2, under "Training", paragraph 2');
  });
});
