/**
 * A Word file's page count (issue 11): Word and LibreOffice write the number of pages they laid out into
 * docProps/app.xml (`<Pages>`) when they save. The Word reader takes it when it is a whole number above zero, and
 * section-reference then says of "(see p.12)" in a two-page Word file what it says of a two-page PDF. Without the
 * part, or with a count of 0 or one that is not a number, nothing is said, as before. Every name is invented.
 */
import { strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { readDocumentBytes } from "../../src/audit/sources/read-bytes.js";
import { p, wordFile } from "../fixtures/docx-reader/word-file.js";
import { found, run } from "../fixtures/structure/documents.js";

const EXTENDED = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";

/** app.xml as Word writes it, with `pages` as the text of its <Pages> element. */
function appXml(pages: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="${EXTENDED}" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm</Template><TotalTime>12</TotalTime><Pages>${pages}</Pages><Words>412</Words><Application>Microsoft Office Word</Application></Properties>`;
}

/**
 * A Word file of Brackenridge Canoe Club's policy with `sentence` in its first section; `app` is the text of
 * docProps/app.xml (left out when undefined), listed in _rels/.rels as Word lists it.
 */
function canoeClubPolicy(sentence: string, app?: string): Uint8Array {
  const body = [
    p("1. Raising a worry", { style: "Heading1" }),
    p(sentence),
    p("2. Who to call", { style: "Heading1" }),
    p("Our Welfare Officer, Dilys Ambrose, on 01632 960417."),
  ].join("");
  const parts = unzipSync(new Uint8Array(wordFile({ body })));
  if (app === undefined) return zipSync(parts);
  const rels = new TextDecoder()
    .decode(parts["_rels/.rels"])
    .replace(
      "</Relationships>",
      `<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>`,
    );
  return zipSync({ ...parts, "_rels/.rels": strToU8(rels), "docProps/app.xml": strToU8(app) });
}

const read = (bytes: Uint8Array): Promise<SourceDocument> => readDocumentBytes(bytes, "canoe-club.docx");

const PAST_THE_END: Array<[string, string]> = [
  ["A worry about a coach is handled as the allegations section says (see p.12).", "(see p.12)"],
  ["The contacts are listed at the end (see pages 12–13).", "(see pages 12–13)"],
  ["Write down what was said, as the form on page 12 asks.", "on page 12"],
];

describe("a Word file's page count", () => {
  it("is read from docProps/app.xml when it is a whole number above zero", async () => {
    expect((await read(canoeClubPolicy("Nothing here.", appXml("2")))).pageCount).toBe(2);
    expect((await read(canoeClubPolicy("Nothing here.", appXml("17")))).pageCount).toBe(17);
  });

  it("is unknown without app.xml, with no <Pages> in it, with 0 pages or with a count that is not a number", async () => {
    const unknown = [
      canoeClubPolicy("Nothing here."),
      canoeClubPolicy("Nothing here.", `<?xml version="1.0"?><Properties xmlns="${EXTENDED}"/>`),
      ...["0", "", "two", "2.5", "-3", "12abc", "1e3", "99999999999"].map((pages) =>
        canoeClubPolicy("Nothing here.", appXml(pages)),
      ),
      canoeClubPolicy("Nothing here.", "<Properties><Pages>4</Pages"),
    ];
    for (const bytes of unknown) expect((await read(bytes)).pageCount).toBeUndefined();
  });
});

/**
 * app.xml as pandoc copies it from its reference document into every Word file it writes, however long: one page
 * of 83 words, never counted (and "Microsoft Word" as the application, so the name tells nothing).
 */
const PANDOC_APP = `<?xml version="1.0" encoding="UTF-8"?>
<Properties xmlns="${EXTENDED}" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Words>83</Words><Lines>12</Lines><AppVersion>12.0000</AppVersion><Application>Microsoft Word 12.0.0</Application><Characters>475</Characters><Paragraphs>8</Paragraphs><Pages>1</Pages></Properties>`;

/** A paragraph of about `words` words, to make a policy longer than its stale count says. */
const filler = (words: number) =>
  Array.from(
    { length: Math.ceil(words / 10) },
    () => "Coaches keep every paddler safe on the water and ashore.",
  ).join(" ");

describe("a page count the saving program did not count", () => {
  it("is unknown when app.xml counts far fewer words than the document has (pandoc's copied 1 page, 83 words)", async () => {
    const sentence = `${filler(400)} The flowchart is on the last page (see p. 3).`;
    const document = await read(canoeClubPolicy(sentence, PANDOC_APP));
    expect(document.pageCount).toBeUndefined();
    expect(run(sectionReference, document)).toEqual([]);
  });

  it("is unknown when the document has more words than its pages could hold", async () => {
    const app = `<?xml version="1.0"?><Properties xmlns="${EXTENDED}"><Pages>1</Pages></Properties>`;
    const document = await read(canoeClubPolicy(`${filler(2400)} The flowchart follows (see p. 3).`, app));
    expect(document.pageCount).toBeUndefined();
    expect(run(sectionReference, document)).toEqual([]);
  });

  it("is kept when the words it counts are about the document's", async () => {
    const words = `<?xml version="1.0"?><Properties xmlns="${EXTENDED}"><Pages>2</Pages><Words>390</Words></Properties>`;
    const document = await read(
      canoeClubPolicy(`${filler(400)} The flowchart is at the end (see p.12).`, words),
    );
    expect(document.pageCount).toBe(2);
    expect(found(run(sectionReference, document), document)).toEqual(["(see p.12)"]);
  });
});

describe("a page of this Word file", () => {
  it("is reported past the last page, as in a PDF", async () => {
    for (const [sentence, words] of PAST_THE_END) {
      const document = await read(canoeClubPolicy(sentence, appXml("2")));
      const reported = run(sectionReference, document);
      expect(found(reported, document), sentence).toEqual([words]);
      expect(reported[0].message).toBe(
        "The policy refers to page 12, but it has 2 pages — correct the page number, or name the section instead",
      );
      expect(reported[0].actual).toBe("12");
    }
  });

  it("is not reported when the page exists", async () => {
    for (const sentence of [
      "The contacts are on the last page (see p. 2).",
      "The contacts follow (pp. 1-2).",
      "A worry about a coach is handled as the allegations section says (see p.12).",
    ]) {
      const document = await read(canoeClubPolicy(sentence, appXml(sentence.includes("12") ? "12" : "2")));
      expect(run(sectionReference, document), sentence).toEqual([]);
    }
  });

  it("is not reported when the page count is unknown, 0 or garbled", async () => {
    const [sentence] = PAST_THE_END[0];
    for (const app of [undefined, appXml("0"), appXml("two"), appXml("")]) {
      const document = await read(canoeClubPolicy(sentence, app));
      expect(run(sectionReference, document), String(app)).toEqual([]);
    }
  });

  it("is never a page of another document, however few pages this one has", async () => {
    for (const sentence of [
      "Partners' duties are set out on page 12 of Working Together to Safeguard Children.",
      "The partnership's thresholds are explained (see page 12 of the local procedures).",
      "KCSIE lists the kinds of abuse (p. 12).",
      "The referral form is at page 3 of 18 in the partnership's pack.",
      "Thresholds are explained in the partnership's procedures; see pages 12–13 of the procedures.",
    ]) {
      const document = await read(canoeClubPolicy(sentence, appXml("2")));
      expect(run(sectionReference, document), sentence).toEqual([]);
    }
  });
});
