/**
 * The Word reader: what a person sees in Word → what the rules read. Each case is a small .docx made here, with
 * the `docx` package where it can express the case, or hand-written WordprocessingML
 * (test/fixtures/docx-reader/) where it cannot. Names and wording are invented.
 *
 * The numbering fixtures (headings through styles and basedOn, restart/continue, start overrides, body sections,
 * Appendix A/(i)) were opened in LibreOffice 7.4 (PDF, pdftotext) on 1 December 2026: it shows the same labels
 * as our reader, except that it restarts "(i)" under "Appendix B" although the level says never to restart
 * (w:lvlRestart 0), which Word honours; we follow Word and the standard.
 */
import {
  AlignmentType,
  Bookmark,
  DeletedTextRun,
  Document,
  HeadingLevel,
  InsertedTextRun,
  InternalHyperlink,
  LevelFormat,
  Packer,
  Paragraph,
  TextRun,
} from "docx";
import { describe, expect, it } from "vitest";
import { docxToHtml } from "../src/audit/sources/docx.js";
import {
  Counters,
  formatNumber,
  numberDocument,
  readNumbering,
  resolveNumbering,
} from "../src/audit/sources/docx-numbering.js";
import { htmlToText } from "../src/audit/sources/html-text.js";
import { p, wordFile } from "./fixtures/docx-reader/word-file.js";

async function read(bytes: Buffer) {
  const html = await docxToHtml(bytes);
  return { html, ...htmlToText(html) };
}

/** The text's non-empty lines, trimmed. */
const lines = (text: string) =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);

describe("Word's automatic numbering is read into the text", () => {
  it("numbers headings numbered directly (docx package): 1. Purpose, 2. Recognition of harm, 2.1 Signs", async () => {
    const doc = new Document({
      numbering: {
        config: [
          {
            reference: "sections",
            levels: [
              { level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.START },
              { level: 1, format: LevelFormat.DECIMAL, text: "%1.%2", alignment: AlignmentType.START },
            ],
          },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph({
              text: "Purpose",
              heading: HeadingLevel.HEADING_1,
              numbering: { reference: "sections", level: 0 },
            }),
            new Paragraph("We keep every child safe."),
            new Paragraph({
              text: "Recognition of harm",
              heading: HeadingLevel.HEADING_1,
              numbering: { reference: "sections", level: 0 },
            }),
            new Paragraph({
              text: "Signs",
              heading: HeadingLevel.HEADING_2,
              numbering: { reference: "sections", level: 1 },
            }),
            new Paragraph("See section 2.1 for the signs."),
          ],
        },
      ],
    });
    const { text, outline } = await read(await Packer.toBuffer(doc));
    expect(lines(text)).toEqual([
      "# 1. Purpose",
      "We keep every child safe.",
      "# 2. Recognition of harm",
      "## 2.1 Signs",
      "See section 2.1 for the signs.",
    ]);
    expect(outline.headings.map((h) => [h.depth, h.text])).toEqual([
      [1, "1. Purpose"],
      [1, "2. Recognition of harm"],
      [2, "2.1 Signs"],
    ]);
  });

  it("numbers headings through their style, basedOn included, and a list level under them", async () => {
    const { text } = await read(
      wordFile({
        body: [
          p("Purpose", { style: "Heading1" }),
          p("Why we have this policy."),
          p("Recognition of harm", { style: "Heading1" }),
          p("Signs", { style: "Heading2" }),
          p("Marks on the body", { numId: 1, ilvl: 2 }),
          p("Changes in behaviour", { numId: 1, ilvl: 2 }),
          p("Responding", { style: "Heading2" }),
          // A setting's own style based on Heading 1 inherits its numbering.
          p("Contacts", { style: "PolicyHeading" }),
          // Numbering taken off one heading (numId 0): no number, and the count does not move.
          p("Appendices", { style: "Heading1", numId: 0 }),
          p("Record of changes", { style: "Heading1" }),
        ].join(""),
      }),
    );
    expect(lines(text)).toEqual([
      "# 1. Purpose",
      "Why we have this policy.",
      "# 2. Recognition of harm",
      "## 2.1 Signs",
      "(a) Marks on the body",
      "(b) Changes in behaviour",
      "## 2.2 Responding",
      "3. Contacts",
      "# Appendices",
      "# 4. Record of changes",
    ]);
  });

  it("counts one list across its numIds: restarts where Word restarts, continues where it continues", async () => {
    const { text } = await read(
      wordFile({
        body: [
          p("Physical abuse", { numId: 2 }),
          p("Neglect", { numId: 2 }),
          p("A paragraph between."),
          p("Restarted first", { numId: 3 }), // "Restart at 1"
          p("Restarted second", { numId: 3 }),
          p("Another paragraph between."),
          p("Carried on", { numId: 7 }), // "Continue numbering"
          p("Purpose", { style: "Heading1" }),
          p("Scope", { style: "Heading1" }),
          p("Later section", { numId: 8, ilvl: 0 }), // the section list, set to start at 6
          p("Later subsection", { numId: 8, ilvl: 1 }),
          p("Recording", { numId: 9, ilvl: 0 }), // a list whose second level is set to start at 4
          p("Fourth point", { numId: 9, ilvl: 1 }),
          p("Fifth point", { numId: 9, ilvl: 1 }),
        ].join(""),
      }),
    );
    expect(lines(text)).toEqual([
      "1. Physical abuse",
      "2. Neglect",
      "A paragraph between.",
      "1. Restarted first",
      "2. Restarted second",
      "Another paragraph between.",
      "3. Carried on",
      "# 1. Purpose",
      "# 2. Scope",
      "6. Later section",
      "6.1 Later subsection",
      "1. Recording",
      "1.4 Fourth point",
      "1.5 Fifth point",
    ]);
  });

  it("writes the numbers of numbered body sections (Normal paragraphs, 1. / 1.1, or a count across text)", async () => {
    const { text, html } = await read(
      wordFile({
        body: [
          p("Recording", { numId: 5, ilvl: 0 }),
          p("Write down what you saw and heard.", { numId: 5, ilvl: 1 }),
          p("Sign and date the record.", { numId: 5, ilvl: 1 }),
          p("Sharing", { numId: 5, ilvl: 0 }),
          p("Tell the designated lead on the same day.", { numId: 5, ilvl: 1 }),
        ].join(""),
      }),
    );
    expect(lines(text)).toEqual([
      "1. Recording",
      "1.1 Write down what you saw and heard.",
      "1.2 Sign and date the record.",
      "2. Sharing",
      "2.1 Tell the designated lead on the same day.",
    ]);
    expect(html).not.toContain("<ol>");

    // Numbered rules in Normal paragraphs with text between: an HTML list would restart at 1 each time.
    const interrupted = await read(
      wordFile({
        body: [
          p("Staff report every worry to the designated lead on the same day.", { numId: 2 }),
          p("This includes worries about colleagues."),
          p("Staff write down what they saw, in the words the child used.", { numId: 2 }),
          p("Nobody promises a child to keep a secret."),
          p("Staff never investigate a worry themselves.", { numId: 2 }),
        ].join(""),
      }),
    );
    expect(lines(interrupted.text)).toEqual([
      "1. Staff report every worry to the designated lead on the same day.",
      "This includes worries about colleagues.",
      "2. Staff write down what they saw, in the words the child used.",
      "Nobody promises a child to keep a secret.",
      "3. Staff never investigate a worry themselves.",
    ]);
  });

  it("numbers a lone short numbered paragraph (a heading made by numbering Normal text)", async () => {
    const { text, html } = await read(
      wordFile({
        body: [p("Code of conduct", { numId: 2 }), p("Adults never share their phone number.")].join(""),
      }),
    );
    expect(lines(text)).toEqual(["1. Code of conduct", "Adults never share their phone number."]);
    expect(html).toContain("<p>1. Code of conduct</p>");
    expect(text).not.toMatch(/^\s*1\. 1\./m);
  });

  it("leaves ordinary lists to the list reader, numbered once", async () => {
    const { text, html } = await read(
      wordFile({
        body: [
          p("There are four kinds of abuse:"),
          p("Physical abuse", { numId: 2 }),
          p("Emotional abuse, including what happens online", { numId: 2 }),
          p("sent by text message", { numId: 2, ilvl: 1 }),
          p("Sexual abuse", { numId: 2 }),
          p("Neglect", { numId: 2 }),
          p("Bring with you:"),
          p("your badge", { numId: 4 }),
          p("a charged phone", { numId: 4 }),
        ].join(""),
      }),
    );
    expect(html).toContain("<ol>");
    expect(html).toContain("<ul>");
    expect(lines(text)).toEqual([
      "There are four kinds of abuse:",
      "1. Physical abuse",
      "2. Emotional abuse, including what happens online",
      "1. sent by text message",
      "3. Sexual abuse",
      "4. Neglect",
      "Bring with you:",
      "- your badge",
      "- a charged phone",
    ]);
  });

  it("writes labels with words of their own (Appendix A, Appendix B)", async () => {
    const { text } = await read(
      wordFile({ body: [p("Forms", { numId: 6, ilvl: 0 }), p("Contacts", { numId: 6, ilvl: 0 })].join("") }),
    );
    expect(lines(text)).toEqual(["Appendix A Forms", "Appendix B Contacts"]);
  });

  it("keeps counting a level that never restarts (w:lvlRestart 0)", async () => {
    const { text } = await read(
      wordFile({
        body: [
          p("Forms", { numId: 6, ilvl: 0 }),
          p("the record of concern", { numId: 6, ilvl: 1 }),
          p("Contacts", { numId: 6, ilvl: 0 }),
          p("the helpline card", { numId: 6, ilvl: 1 }),
        ].join(""),
      }),
    );
    expect(lines(text)).toEqual([
      "Appendix A Forms",
      "(i) the record of concern",
      "Appendix B Contacts",
      "(ii) the helpline card",
    ]);
  });

  it("ignores numbering that points nowhere, and documents with no numbering part", async () => {
    const numbering = readNumbering(undefined, undefined);
    const xml = `<w:document><w:body>${p("Purpose", { numId: 40 })}</w:body></w:document>`;
    expect(numberDocument(xml, numbering).xml).toBe(xml);
    const { text } = await read(wordFile({ body: [p("Purpose", { numId: 40 }), p("Our aims.")].join("") }));
    expect(lines(text)).toEqual(["Purpose", "Our aims."]);
  });

  it("follows a list style (numStyleLink) to its list, and shows legal numbering (isLgl) as decimals", () => {
    const numbering = readNumbering(
      `<w:numbering>
        <w:abstractNum w:abstractNumId="10"><w:styleLink w:val="PolicyList"/>
          <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="Part %1"/></w:lvl>
          <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:isLgl/><w:lvlText w:val="%1.%2"/></w:lvl>
        </w:abstractNum>
        <w:abstractNum w:abstractNumId="11"><w:numStyleLink w:val="PolicyList"/></w:abstractNum>
        <w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>
        <w:num w:numId="2"><w:abstractNumId w:val="11"/></w:num>
      </w:numbering>`,
      `<w:styles><w:style w:type="numbering" w:styleId="PolicyList"><w:name w:val="Policy List"/>
        <w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>`,
    );
    const counters = new Counters(numbering);
    const label = (numId: string, ilvl: number) => {
      const resolved = resolveNumbering(numbering, { numId, ilvl });
      return resolved ? counters.next(resolved).label : undefined;
    };
    expect([label("2", 0), label("2", 1), label("2", 1), label("1", 0), label("1", 1)]).toEqual([
      "Part I",
      "1.1",
      "1.2",
      "Part II",
      "2.1",
    ]);
  });

  it("formats numbers as Word does", () => {
    expect(
      ["decimal", "decimalZero", "lowerLetter", "upperLetter", "lowerRoman", "upperRoman", "ordinal"].map(
        (f) => formatNumber(4, f),
      ),
    ).toEqual(["4", "04", "d", "D", "iv", "IV", "4th"]);
    expect(formatNumber(27, "lowerLetter")).toBe("aa");
    expect(formatNumber(53, "upperLetter")).toBe("AAA");
    expect(formatNumber(1994, "upperRoman")).toBe("MCMXCIV");
    expect([1, 2, 3, 11, 12, 13, 21, 112].map((n) => formatNumber(n, "ordinal"))).toEqual([
      "1st",
      "2nd",
      "3rd",
      "11th",
      "12th",
      "13th",
      "21st",
      "112th",
    ]);
    expect(formatNumber(3, "bullet")).toBe("");
  });
});

describe("what Word shows that HTML would lose", () => {
  it("keeps a gap of typed spaces (a name never filled in) as non-breaking spaces", async () => {
    const { text } = await read(
      wordFile({
        body:
          p("Tell the   Welfare Officer on the same day.") +
          // Spaces at the end of a run, before the next run: still one space between the words.
          `<w:p><w:r><w:t xml:space="preserve">Email the FA team   </w:t></w:r><w:r><w:t>at once.</w:t></w:r></w:p>`,
      }),
    );
    expect(lines(text)).toEqual([
      "Tell the \u00a0\u00a0Welfare Officer on the same day.",
      "Email the FA team at once.",
    ]);
  });

  it("leaves out hidden text (a template's guidance notes), and reads the rest of the paragraph", async () => {
    const hidden = (s: string) =>
      `<w:r><w:rPr><w:i/><w:vanish/></w:rPr><w:t xml:space="preserve">${s}</w:t></w:r>`;
    const shown = (s: string) =>
      `<w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t xml:space="preserve">${s}</w:t></w:r>`;
    const { text } = await read(
      wordFile({
        body: `<w:p><w:r><w:t xml:space="preserve">Our lead is Priya Nandakumar. </w:t></w:r>${hidden("[Guidance: insert DSL name]")}${shown("Call her first.")}</w:p>`,
      }),
    );
    expect(lines(text)).toEqual(["Our lead is Priya Nandakumar. Call her first."]);
  });

  it("reads the Title style as the document's heading", async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: "Brightwater Nursery", heading: HeadingLevel.TITLE }),
            new Paragraph("Our policy."),
          ],
        },
      ],
    });
    const { text, outline } = await read(await Packer.toBuffer(doc));
    expect(lines(text)).toEqual(["# Brightwater Nursery", "Our policy."]);
    expect(outline.headings.map((h) => h.text)).toEqual(["Brightwater Nursery"]);
  });
});

describe("tracked changes read as Word's final view", () => {
  it("reads insertions and leaves out deletions (docx package)", async () => {
    const when = "2026-03-02T09:00:00Z";
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({
              children: [
                new TextRun("Our designated safeguarding lead is "),
                new DeletedTextRun({ text: "Mrs A. Old", id: 1, author: "Office", date: when }),
                new InsertedTextRun({ text: "Mr B. New", id: 2, author: "Office", date: when }),
                new TextRun("."),
              ],
            }),
          ],
        },
      ],
    });
    const { text } = await read(await Packer.toBuffer(doc));
    expect(lines(text)).toEqual(["Our designated safeguarding lead is Mr B. New."]);
  });

  it("reads moved text once, where it was moved to, and does not count a deleted numbered heading", async () => {
    const del = 'w:id="7" w:author="Office" w:date="2026-03-02T09:00:00Z"';
    const { text } = await read(
      wordFile({
        body: [
          p("Purpose", { style: "Heading1" }),
          // A heading deleted with its paragraph mark: Word shows nothing, and the next heading is 2.
          `<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:rPr><w:del ${del}/></w:rPr></w:pPr><w:del ${del}><w:r><w:delText>Old section</w:delText></w:r></w:del></w:p>`,
          p("Recognition of harm", { style: "Heading1" }),
          `<w:p><w:moveFrom ${del}><w:r><w:t>Call the duty line first.</w:t></w:r></w:moveFrom><w:r><w:t xml:space="preserve">Write it down. </w:t></w:r><w:moveTo ${del}><w:r><w:t>Call the duty line.</w:t></w:r></w:moveTo></w:p>`,
        ].join(""),
      }),
    );
    expect(lines(text)).toEqual([
      "# 1. Purpose",
      "# 2. Recognition of harm",
      "Write it down. Call the duty line.",
    ]);
  });
});

describe("page headers and footers", () => {
  const fld = (code: string, shown: string) =>
    `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${code} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>${shown}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;
  const t = (s: string) => `<w:r><w:t xml:space="preserve">${s}</w:t></w:r>`;

  it("are marked as header or footer, without page numbers, dates of printing or deleted text", async () => {
    const del = 'w:id="3" w:author="Office" w:date="2026-03-02T09:00:00Z"';
    const { html, text } = await read(
      wordFile({
        body: p("Our policy."),
        header: `<w:p>${t("Little Acorns Nursery · Page ")}${fld("PAGE \\* MERGEFORMAT", "3")}${t(" of ")}<w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>12</w:t></w:r></w:fldSimple></w:p>`,
        footer:
          `<w:p>${t("Next review: ")}<w:del ${del}><w:r><w:delText>March 2025</w:delText></w:r></w:del><w:ins ${del}>${t("April 2027")}</w:ins></w:p>` +
          `<w:p>${t("Printed ")}${fld('DATE \\@ "d MMMM yyyy"', "14 June 2019")}</w:p>` +
          `<w:p>${t("Approved: ")}${fld('DOCPROPERTY "Approved"', "2 May 2026")}</w:p>`,
      }),
    );
    expect(html).toContain('<p data-region="header">Little Acorns Nursery · Page of</p>');
    expect(html).toContain('<p data-region="footer">Next review: April 2027</p>');
    expect(html).toContain('<p data-region="footer">Approved: 2 May 2026</p>');
    expect(text).not.toMatch(/March 2025|14 June 2019|\b12\b|PAGE|NUMPAGES|DOCPROPERTY/);
  });
});

describe("page header and footer tables", () => {
  it("keep a label and its value side by side, in a table marked as footer", async () => {
    const cell = (s: string) => `<w:tc><w:p><w:r><w:t xml:space="preserve">${s}</w:t></w:r></w:p></w:tc>`;
    const pageCell = `<w:tc><w:p><w:r><w:t xml:space="preserve">Page </w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>2</w:t></w:r></w:fldSimple></w:p></w:tc>`;
    const { html, text } = await read(
      wordFile({
        body: p("Our policy."),
        footer: `<w:tbl><w:tr>${cell("Version 4")}${cell("Review date")}${cell("May 2027")}${pageCell}</w:tr></w:tbl><w:p/>`,
      }),
    );
    expect(html).toContain(
      '<table data-region="footer"><tr><td>Version 4</td><td>Review date</td><td>May 2027</td><td>Page</td></tr></table>',
    );
    expect(text).toContain("| Version 4 | Review date | May 2027 | Page |");
  });
});

describe("bookmarks, internal links and Word's field texts", () => {
  it("keeps bookmarks as ids and links to them as #anchors, including links to a bookmark that is missing", async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({
              children: [new Bookmark({ id: "contacts", children: [new TextRun("Contacts")] })],
            }),
            new Paragraph({
              children: [
                new InternalHyperlink({ anchor: "contacts", children: [new TextRun("see contacts")] }),
                new TextRun(" and "),
                new InternalHyperlink({ anchor: "forms", children: [new TextRun("see the forms")] }),
              ],
            }),
          ],
        },
      ],
    });
    const { html, outline } = await read(await Packer.toBuffer(doc));
    expect(html).toContain('<a id="contacts"></a>');
    expect(outline.links.map((link) => [link.text, link.url])).toEqual([
      ["see contacts", "#contacts"],
      ["see the forms", "#forms"],
    ]);
  });

  it("reads a contents list made by Word's TOC field as one entry per line: number, title, page", async () => {
    const entry = (anchor: string, number: string, title: string, page: string) =>
      `<w:p><w:pPr><w:pStyle w:val="${number.includes(".") && number.length > 2 ? "TOC2" : "TOC1"}"/><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9016"/></w:tabs></w:pPr>` +
      `<w:hyperlink w:anchor="${anchor}" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>${number}</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>${title}</w:t></w:r>` +
      `<w:r><w:rPr><w:webHidden/></w:rPr><w:tab/></w:r><w:r><w:rPr><w:webHidden/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:rPr><w:webHidden/></w:rPr><w:instrText xml:space="preserve"> PAGEREF ${anchor} \\h </w:instrText></w:r>` +
      `<w:r><w:rPr><w:webHidden/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr><w:webHidden/></w:rPr><w:t>${page}</w:t></w:r><w:r><w:rPr><w:webHidden/></w:rPr><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink></w:p>`;
    const heading = (anchor: string, title: string, style: string) =>
      `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr><w:bookmarkStart w:id="${anchor.length}" w:name="${anchor}"/><w:r><w:t>${title}</w:t></w:r><w:bookmarkEnd w:id="${anchor.length}"/></w:p>`;
    const toc =
      `<w:p><w:pPr><w:pStyle w:val="TOC1"/></w:pPr><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r></w:p>` +
      entry("_Toc101", "1.", "Purpose", "2") +
      entry("_Toc102", "2.", "Recognition of harm", "3") +
      entry("_Toc103", "2.1", "Signs", "Error! Bookmark not defined.") +
      // Older Word writes a TOC entry's link as a HYPERLINK field instead of w:hyperlink.
      `<w:p><w:pPr><w:pStyle w:val="TOC1"/></w:pPr><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK \\l "_Toc104" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3.</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>Contacts</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>4</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>` +
      `<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`;
    const { text, html } = await read(
      wordFile({
        body: [
          p("Contents"),
          toc,
          heading("_Toc101", "Purpose", "Heading1"),
          heading("_Toc102", "Recognition of harm", "Heading1"),
          p("Signs", { style: "Heading2" }),
          `<w:p><w:r><w:t xml:space="preserve">As section </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> REF _Ref9 \\r \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>Error! Reference source not found.</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> says.</w:t></w:r></w:p>`,
        ].join(""),
      }),
    );
    expect(lines(text)).toEqual([
      "Contents",
      "[1. Purpose 2](#_Toc101)",
      "[2. Recognition of harm 3](#_Toc102)",
      "[2.1 Signs Error! Bookmark not defined.](#_Toc103)",
      "[3. Contacts 4](#_Toc104)",
      "# 1. Purpose",
      "# 2. Recognition of harm",
      "## 2.1 Signs",
      "As section Error! Reference source not found. says.",
    ]);
    expect(html).toContain('<a id="_Toc101"></a>');
  });
});
