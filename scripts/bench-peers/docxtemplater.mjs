// docxtemplater (with pizzip), the JS peer for Word: a .docx template with loops over the filled policy's
// blocks, rendered once per document as its users run it (a fresh PizZip of the template's bytes, render,
// generate a DEFLATE zip). The template is built here, once, as a minimal WordprocessingML package: styles
// for headings 1–3 (the policy's title is its first heading), body text, bullets and numbers (DejaVu Sans), a contents field, and tables of
// 1–8 columns (free docxtemplater repeats rows, not columns, so one table per column count). It does less
// than policysmith (no bookmarks, no page numbers in the contents, no embedded fonts, no accessibility tags).
import Docxtemplater from "docxtemplater";
import PizZip from "pizzip";
import { blocksOf } from "./content.mjs";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const tag = (text) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
const MAX_COLUMNS = 8;

/** The runs of a paragraph or cell: a loop over `name`, each run bold, a link (underlined) or plain. */
const runsOf = (name) =>
  `<w:r><w:t>{#${name}}{#bold}</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>` +
  `<w:r><w:t>{/bold}{#link}</w:t></w:r><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>` +
  `<w:r><w:t>{/link}{#plain}</w:t></w:r><w:r><w:t xml:space="preserve">{text}</w:t></w:r><w:r><w:t>{/plain}{/${name}}</w:t></w:r>`;

const styled = (condition, style, extra = "") =>
  tag(`{#${condition}}`) +
  `<w:p><w:pPr><w:pStyle w:val="${style}"/>${extra}</w:pPr>${runsOf("runs")}</w:p>` +
  tag(`{/${condition}}`);

function table(columns) {
  const width = Math.floor(9000 / columns);
  const cells = Array.from({ length: columns }, (_, i) => {
    const open = i === 0 ? "<w:r><w:t>{#rows}</w:t></w:r>" : "";
    const close = i === columns - 1 ? "<w:r><w:t>{/rows}</w:t></w:r>" : "";
    return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr><w:p>${open}${runsOf(`c${i}`)}${close}</w:p></w:tc>`;
  }).join("");
  return (
    tag(`{#table${columns}}`) +
    `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9000" w:type="dxa"/></w:tblPr><w:tblGrid>${`<w:gridCol w:w="${width}"/>`.repeat(columns)}</w:tblGrid><w:tr>${cells}</w:tr></w:tbl>` +
    tag(`{/table${columns}}`)
  );
}

function documentXml() {
  const contents =
    tag("{#contents}") +
    '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Contents</w:t></w:r></w:p>' +
    '<w:p><w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>Right-click to update the contents.</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>' +
    tag("{/contents}");
  const tables = Array.from({ length: MAX_COLUMNS }, (_, i) => table(i + 1)).join("");
  const body =
    tag("{#blocks}") +
    styled("h1", "Heading1") +
    styled("h2", "Heading2") +
    styled("h3", "Heading3") +
    styled("paragraph", "Normal") +
    // docxtemplater fills text, not attributes: one section per list kind and depth.
    [0, 1, 2]
      .map(
        (depth) =>
          styled(
            `bullet${depth}`,
            "ListParagraph",
            `<w:numPr><w:ilvl w:val="${depth}"/><w:numId w:val="1"/></w:numPr>`,
          ) +
          styled(
            `number${depth}`,
            "ListParagraph",
            `<w:numPr><w:ilvl w:val="${depth}"/><w:numId w:val="2"/></w:numPr>`,
          ),
      )
      .join("") +
    contents +
    tables +
    tag("{/blocks}");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W} ${R}><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr></w:body></w:document>`;
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="DejaVu Sans" w:hAnsi="DejaVu Sans" w:cs="DejaVu Sans"/><w:sz w:val="21"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="40"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="360"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="240"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="200"/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/><w:sz w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>
<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style></w:styles>`;

const level = (i, format, text) =>
  `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${720 * (i + 1)}" w:hanging="360"/></w:pPr></w:lvl>`;
const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ${W}><w:abstractNum w:abstractNumId="0">${[0, 1, 2].map((i) => level(i, "bullet", "•")).join("")}</w:abstractNum><w:abstractNum w:abstractNumId="1">${[0, 1, 2].map((i) => level(i, "decimal", `%${i + 1}.`)).join("")}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>`;

/** The template's bytes: a .docx a person could have made in Word, with docxtemplater tags. */
export function makeTemplate() {
  const zip = new PizZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>',
  );
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>',
  );
  zip.file(
    "word/_rels/document.xml.rels",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>',
  );
  zip.file(
    "docProps/core.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{title}</dc:title><dc:creator>{author}</dc:creator><dc:subject>{subject}</dc:subject></cp:coreProperties>',
  );
  zip.file("word/document.xml", documentXml());
  zip.file("word/styles.xml", STYLES);
  zip.file("word/numbering.xml", NUMBERING);
  return zip.generate({ type: "uint8array", compression: "DEFLATE" });
}

const asRuns = (list) =>
  list.map((r) => ({
    text: r.text,
    bold: Boolean(r.bold),
    link: !r.bold && Boolean(r.link),
    plain: !r.bold && !r.link,
  }));

/** docxtemplater's data for one filled policy: its blocks, each flagged with the template section it uses. */
export function dataOf(doc) {
  const blocks = blocksOf(doc).map((block) => {
    switch (block.kind) {
      case "heading":
        return { [`h${block.level}`]: true, runs: asRuns(block.runs) };
      case "paragraph":
        return { paragraph: true, runs: asRuns(block.runs) };
      case "item":
        return {
          [`${block.ordered ? "number" : "bullet"}${Math.min(block.depth, 2)}`]: true,
          runs: asRuns(block.runs),
        };
      case "table": {
        const columns = Math.min(MAX_COLUMNS, Math.max(...block.rows.map((row) => row.length)));
        return {
          [`table${columns}`]: true,
          rows: block.rows.map((row) =>
            Object.fromEntries(Array.from({ length: columns }, (_, i) => [`c${i}`, asRuns(row[i] ?? [])])),
          ),
        };
      }
      default:
        return { contents: true };
    }
  });
  return { title: doc.meta.title, author: doc.meta.author, subject: doc.meta.subject, blocks };
}

/** One policy as a .docx, as docxtemplater's users make one: a fresh zip of the template, render, generate. */
export function renderDocx(template, data) {
  const doc = new Docxtemplater(new PizZip(template), { paragraphLoop: true, linebreaks: true });
  doc.render(data);
  return doc.getZip().generate({ type: "uint8array", compression: "DEFLATE" });
}
