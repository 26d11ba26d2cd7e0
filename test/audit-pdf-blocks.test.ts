/**
 * The PDF reader's blocks (issue 11): headings, paragraphs, list items and tables, each with its range in the text
 * and its place (page, section, paragraph). A tagged PDF (ours) is read from its structure tree; an untagged one
 * (LibreOffice's, the corpus PDFs) from its layout. The text rules read never changes: it is held here by hash.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import type { Block } from "../src/audit/document/blocks.js";
import { describePlace, placeOf } from "../src/audit/document/place.js";
import type { SourceDocument } from "../src/audit/rule.js";
import { pdfToPages, rejoinHyphenated, rejoinHyphenatedMapped } from "../src/audit/sources/pdf.js";
import { readDocumentBytes } from "../src/audit/sources/read-bytes.js";
import { renderPdf } from "../src/render/pdf/index.js";
import { sampleDocument } from "./helpers/sample-document.js";

const corpus = fileURLToPath(new URL("./corpus/", import.meta.url));
const read = async (bytes: Uint8Array, file = "policy.pdf") => readDocumentBytes(bytes, file);
const corpusPdf = (name: string) => read(new Uint8Array(readFileSync(`${corpus}${name}`)), name);
const words = (document: Pick<SourceDocument, "text">, block: Block) =>
  document.text.slice(block.offset, block.endOffset).replace(/\s+/g, " ");
/** Where a person finds the first occurrence of `needle`, as a report says it. */
const where = (document: SourceDocument, needle: string) => {
  const at = document.text.indexOf(needle);
  expect(at, needle).toBeGreaterThanOrEqual(0);
  const place = placeOf(document, at);
  return place && describePlace(place);
};
const headings = (blocks: Block[]) =>
  blocks.flatMap((b) => (b.kind === "heading" ? [[b.depth, b.number ?? "", b.title]] : []));

describe("a tagged PDF (our renderer): blocks from its structure tree", () => {
  it("headings with their level and number, the table's rows and header, list items with their levels", async () => {
    const document = await read(await renderPdf(sampleDocument()));
    const { blocks } = document;
    expect(headings(blocks)).toEqual([
      [1, "", "Child Protection Policy"],
      [2, "1", "Purpose and scope"],
      [2, "2", "Who is responsible"],
      [3, "2.1", "Training"],
      [2, "3", "Contacts"],
    ]);
    const tables = blocks.filter((b) => b.kind === "table");
    expect(
      tables.map((t) => t.kind === "table" && [t.headerRow, t.rows.map((r) => r.map((c) => c.text))]),
    ).toEqual([
      [
        true,
        [
          ["Detail", "Value"],
          ["Setting", "St Mary's Little [Stars] #1"],
          ["Version", "4.0"],
          ["Next review", "15 September 2026"],
        ],
      ],
      [
        true,
        [
          ["Role", "Name", "Job title", "Email", "Phone"],
          [
            "Designated safeguarding lead",
            "Priya Marsh",
            "Nursery Manager",
            "priya.marsh@acorns-nursery.example.org",
            "0113 496 0712",
          ],
          [
            "Deputy designated safeguarding lead",
            "Tom Okafor",
            "Deputy Manager",
            "tom.okafor@acorns-nursery.example.org",
          ],
        ],
      ],
    ]);
    const items = blocks.flatMap((b) => (b.kind === "listItem" ? [[b.level, b.marker, b.ordered]] : []));
    expect(items).toEqual([
      [1, "1.", true],
      [1, "2.", true],
      [2, "◦", false],
      [2, "◦", false],
      [3, "1.", true],
      [1, "3.", true],
      [1, "•", false],
      [1, "•", false],
    ]);
    // A table cell's range is its words in the text; a nested item is inside the item holding it.
    const table = tables[1];
    if (table.kind !== "table") throw new Error("not a table");
    expect(document.text.slice(table.rows[1][1].offset, table.rows[1][1].endOffset)).toBe("Priya Marsh");
    const second = blocks.find((b) => b.kind === "listItem" && b.marker === "2.");
    expect(second && words(document, second)).toMatch(
      /^2\. Second numbered item .*nested bullet one.*deeper numbered$/,
    );
    // Places: the page, the section and the paragraph under it; a table cell its row; the outline has the headings.
    expect(where(document, "Priya Marsh")).toBe(
      "page 1, section 2 Who is responsible, paragraph 1 (table row 2)",
    );
    expect(where(document, "nested bullet two")).toBe("page 1, section 2.1 Training, paragraph 2");
    expect(where(document, "Police non-emergency")).toBe("page 2, section 3 Contacts, paragraph 1");
    expect(document.outline.headings.map((h) => h.text)).toEqual([
      "Child Protection Policy",
      "1. Purpose and scope",
      "2. Who is responsible",
      "2.1 Training",
      "3. Contacts",
    ]);
  });
});

describe("an untagged PDF (LibreOffice's, from the corpus): blocks from its layout", () => {
  it("headings by their size, a table whose cells wrap, bulleted items, the running header", async () => {
    const document = await corpusPdf("bramble-pre-school.pdf");
    const { blocks } = document;
    // The headings read from the layout are the outline the rules read (scripts/pdf-headings.ts finds none wrong
    // on every corpus PDF and LibreOffice's PDFs of the examples).
    expect(document.outline.headings.map((h) => [h.depth, h.text])).toEqual(
      headings(blocks).map(([depth, number, title]) => [depth, number ? `${number} ${title}` : title]),
    );
    expect(document.outline.headings).toHaveLength(13);
    expect(headings(blocks).slice(0, 5)).toEqual([
      [1, "", "Bramble Pre-school"],
      [2, "", "Safeguarding Children Policy"],
      [2, "", "Policy statement"],
      [2, "", "Designated Safeguarding Lead and deputy"],
      [2, "", "Safeguarding training"],
    ]);
    const table = blocks.find((b) => b.kind === "table");
    expect(table?.kind === "table" && [table.headerRow, table.rows.map((r) => r.map((c) => c.text))]).toEqual(
      [
        true,
        [
          ["Name", "Course", "Date"],
          ["Lorna Pike", "Designated Safeguarding Lead training (Hollowmere SCP)", "20 May 2025"],
          ["Lorna Pike", "Safer recruitment", "9 January 2024"],
          ["Erin Walsh", "Child protection awareness", "14 September 2025"],
          ["Tom Ridley", "Child protection awareness", "14 September 2025"],
        ],
      ],
    );
    const items = blocks.filter((b) => b.kind === "listItem");
    expect(
      items.map((b) => b.kind === "listItem" && [b.level, b.marker, words(document, b).slice(0, 16)]),
    ).toEqual([
      [1, "●", "● Physical abuse"],
      [1, "●", "● Emotional abus"],
      [1, "●", "● Sexual abuse: "],
      [1, "●", "● Neglect: persi"],
    ]);
    expect(where(document, "Protection of Children Act 1999")).toBe(
      'page 1, under "Safer recruitment", paragraph 1',
    );
    expect(where(document, "20 May 2025")).toBe(
      'page 1, under "Safeguarding training", paragraph 1 (table row 2)',
    );
    expect(where(document, "Ruth Amery")).toBe('page 2, under "Review", paragraph 2');
    // The setting's name printed atop both pages is the page header, not a paragraph of a section.
    const header = document.text.lastIndexOf("Bramble Pre-school · registered charity");
    expect(describePlace(placeOf(document, header) ?? {})).toBe("page 2 header");
    // A paragraph that goes on under a bulleted list on the next page is counted after the list.
    expect(where(document, "A child may suffer")).toBe('page 2, under "What we mean by abuse", paragraph 6');
  });

  it("a finding at the first cell of a row is placed in that row, not the row before (brookside-academy.pdf)", async () => {
    const document = await corpusPdf("brookside-academy.pdf");
    // The training table: a header row, then Joanna Whitfield's row; her name starts just after the header's
    // last cell and its line break, where a finding about her training points.
    const table = document.text.indexOf("Date completed");
    const at = document.text.indexOf("Joanna Whitfield", table);
    expect(describePlace(placeOf(document, at) ?? {})).toBe(
      "page 2, section 10 Training, paragraph 1 (table row 2)",
    );
    expect(describePlace(placeOf(document, table) ?? {})).toBe(
      "page 2, section 10 Training, paragraph 1 (table row 1)",
    );
    expect(describePlace(placeOf(document, document.text.indexOf("Lucy Harrow", table)) ?? {})).toBe(
      "page 2, section 10 Training, paragraph 1 (table row 4)",
    );
  });

  it("short bold lines are headings ('1. Our commitment' is numbered, not a list item)", async () => {
    const document = await corpusPdf("zz4-otters-swimming-club.pdf");
    // The bold line straight under the title is its subtitle, not a section.
    expect(headings(document.blocks).slice(0, 4)).toEqual([
      [1, "", "Hollowmere Otters Amateur Swimming Club"],
      [2, "1", "Our commitment"],
      [2, "2", "Who to talk to"],
      [2, "3", "Poolside and changing rooms"],
    ]);
    expect(document.blocks.some((b) => b.kind === "listItem")).toBe(false);
    // Names and numbers set apart by spaces whose columns do not line up are not read as a table.
    expect(document.blocks.some((b) => b.kind === "table")).toBe(false);
    expect(where(document, "Mrs Janet Quayle")).toBe("page 1, section 2 Who to talk to, paragraph 1");
  });

  it("a table whose header cells wrap and a numbered list ('Section 4: …' headings)", async () => {
    const kittiwake = await corpusPdf("zz9-kittiwake-day-nurseries.pdf");
    const leads = kittiwake.blocks.find((b) => b.kind === "table");
    expect(leads?.kind === "table" && leads.rows.map((r) => r.map((c) => c.text))).toEqual([
      ["Designated Safeguarding Lead", "Deputy DSL", "Site DSL – Riverside", "Site DSL – Millbrook"],
      [
        "Niamh O'Callaghan (Operations Manager)",
        "Tobias Wren (Riverside Manager)",
        "Hana Kowalczyk (Room Leader)",
        "Joseph Adeyemi (Millbrook Manager)",
      ],
      ["01632 960 520", "01632 960 521", "01632 960 522", "01632 960 530"],
    ]);
    const beacon = await corpusPdf("zz2-beacon-special-school.pdf");
    expect(where(beacon, "If a pupil is in immediate danger")).toBe(
      "page 1, section 4 Responding to a concern, paragraph 3",
    );
    const training = beacon.blocks.find((b) => b.kind === "table");
    expect(training?.kind === "table" && training.rows.map((r) => r.map((c) => c.text))[4]).toEqual([
      "Roisin Farrell",
      "Deputy CPC",
      "Designated Safeguarding Lead, new to role",
      "",
      "booked 14.01.27",
    ]);
  });
});

/** An untagged PDF drawn line by line: what layout alone can tell, and what it must not guess. */
async function drawn(lines: Array<{ text: string | string[]; size?: number; bold?: boolean; gap?: number }>) {
  const pdf = await PDFDocument.create();
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const page = pdf.addPage([595, 842]);
  let y = 780;
  for (const line of lines) {
    const size = line.size ?? 10;
    y -= (line.gap ?? 0) + size * 1.3;
    const parts = Array.isArray(line.text) ? line.text : [line.text];
    for (const [i, part] of parts.entries())
      page.drawText(part, { x: 72 + i * 160, y, size, font: line.bold ? bold : regular });
  }
  return read(await pdf.save());
}

describe("layout reading on PDFs drawn with pdf-lib", () => {
  it("three lines in two aligned columns are a table; a sentence with one wide gap, or two such lines, are not", async () => {
    const body = "Every adult who works with our children reads this policy and follows it every day.";
    const document = await drawn([
      { text: "Contacts", size: 16 },
      { text: body },
      { text: ["Role", "Name"], bold: true },
      { text: ["Lead", "Ada Pell"] },
      { text: ["Deputy", "Bo Trent"] },
      { text: body, gap: 8 },
      { text: ["We meet on Fridays", "in the hall."] },
      { text: body },
      { text: ["Chair", "Cy Moss"] },
      { text: ["Clerk", "Di Laker"] },
      { text: body },
    ]);
    const kinds = document.blocks.map((b) => b.kind);
    expect(kinds.filter((k) => k === "table")).toHaveLength(1);
    const table = document.blocks.find((b) => b.kind === "table");
    expect(table?.kind === "table" && [table.headerRow, table.rows.map((r) => r.map((c) => c.text))]).toEqual(
      [
        true,
        [
          ["Role", "Name"],
          ["Lead", "Ada Pell"],
          ["Deputy", "Bo Trent"],
        ],
      ],
    );
    expect(headings(document.blocks)).toEqual([[1, "", "Contacts"]]);
    expect(where(document, "Bo Trent")).toBe('page 1, under "Contacts", paragraph 2 (table row 3)');
    expect(where(document, "Di Laker")).not.toMatch(/table/);
  });

  it("bulleted and numbered lines are list items, their level by indent; '-' in running prose is not", async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const page = pdf.addPage([595, 842]);
    const lines: Array<[number, string]> = [
      [72, "Staff do three things:"],
      [72, "1. Listen to the child."],
      [90, "- write down their words"],
      [72, "2. Tell the lead the same day."],
      [72, "Nobody promises to keep a secret."],
    ];
    for (const [i, [x, text]] of lines.entries()) page.drawText(text, { x, y: 760 - i * 13, size: 10, font });
    const document = await read(await pdf.save());
    expect(
      document.blocks.map((b) => [
        b.kind,
        b.kind === "listItem" ? `${b.level} ${b.marker}` : "",
        words(document, b),
      ]),
    ).toEqual([
      ["paragraph", "", "Staff do three things:"],
      ["listItem", "1 1.", "1. Listen to the child."],
      ["listItem", "2 -", "- write down their words"],
      ["listItem", "1 2.", "2. Tell the lead the same day."],
      ["paragraph", "", "Nobody promises to keep a secret."],
    ]);
  });
});

describe("the text the rules read stays what it was", () => {
  /** sha256 (first 16 hex digits) of each corpus PDF's text as read before the reader yielded blocks. */
  const TEXT_HASHES: Record<string, string> = {
    "bramble-pre-school.pdf": "a502bb65ca8dda11",
    "brookside-academy.pdf": "2f837033e3be9d9f",
    "fernhill-nursery-school.pdf": "460257a1a0cb9504",
    "first-hollowmere-scouts.pdf": "abf7e552d92550d9",
    "kestrel-vale-youth-orchestra.pdf": "c509bfd0a9ad49f4",
    "kingfisher-swimming-club.pdf": "4ed908b51ec48337",
    "marsh-end-primary.pdf": "d3d3b29dd3622d8a",
    "oakfield-primary-school.pdf": "ec294be639a5b213",
    "oakwood-secondary-school.pdf": "6716bcd4e87ffc7f",
    "orchard-academy-trust.pdf": "7b88d07eaa51f6a5",
    "ravenscroft-school.pdf": "9c25457be828593b",
    "s6-wrenfield-chapel-youth.pdf": "e9e351f3bbd6157b",
    "st-brannocks-church.pdf": "84e65e95275986d1",
    "st-marys-rc-primary.pdf": "7d065c21ad595f2d",
    "sunflower-day-nursery.pdf": "ba4e123c0e4d2d30",
    "zz-3rd-hollowmere-guides.pdf": "73a7447bdd3f063b",
    "zz-greystone-rfc.pdf": "136f60e702c49fa2",
    "zz-hartley-high-school.pdf": "1ab0898de001acec",
    "zz-tiny-steps-nurseries.pdf": "f98cf5260536d316",
    "zz10-brackenfold-activity-camp.pdf": "a8b92c95e54fab37",
    "zz10-ysgol-cwm-hollow.pdf": "ea0ebd7de100e12b",
    "zz2-beacon-special-school.pdf": "47dff5eb2cac67fd",
    "zz2-hollowmere-silver-band.pdf": "a627c22525048166",
    "zz2-hollowmere-university.pdf": "7c56e30c36d2b452",
    "zz2-ironside-boxing-club.pdf": "d7d83aac181d65e2",
    "zz3-ashby-house-boarding.pdf": "194952a292c75c1c",
    "zz3-little-kestrels-nursery.pdf": "7a77624b11759a54",
    "zz4-gurdwara-punjabi-school.pdf": "85608f5383c9ef14",
    "zz4-otters-swimming-club.pdf": "95e6bb0c453178a2",
    "zz4-thornbury-park-academy.pdf": "8ec44d863c8e7bbc",
    "zz5-fellwick-hall-prep.pdf": "71efff92e4821201",
    "zz5-st-aldhelms-ce-primary.pdf": "942f2865eaf6db5f",
    "zz6-marrowdale-students-union.pdf": "c66c77e63a9b2f19",
    "zz6-st-brendans-catholic-high.pdf": "5e0a13057b965d92",
    "zz7-larkspur-special-school.pdf": "479bde3187d47225",
    "zz7-tick-tock-clubs.pdf": "a74e507b91ef2db0",
    "zz8-3rd-hollowmere-scout-group.pdf": "c6669a31e2b52be6",
    "zz8-hollowmere-park-centre-pru.pdf": "8a45da50a727ddbe",
    "zz9-drumcarn-primary.pdf": "2cfcce5240f964e9",
    "zz9-kittiwake-day-nurseries.pdf": "8b31e248f868c1e9",
    "zz11-brightwater-pictures.pdf": "f18a03db277a186a",
    "zz11-hollowmere-short-breaks.pdf": "a0d5070143a8af4d",
    "zz12-hollowmere-skills-academy.pdf": "dee48c1df909a25b",
    "zz12-hollowmere-vale-federation.pdf": "d0cbdda61f4e99b9",
    "zz13-fenn-valley-school-transport.pdf": "01c45a43f1283f19",
    "zz13-fennick-green-family-hub.pdf": "05ac43ab36a5844d",
    "zz14-hollowmere-family-fostering.pdf": "f52db93cf9c65886",
    "zz14-hollowmere-town-fc-academy.pdf": "9a61de27361d0f41",
    "zz15-cylch-meithrin-nant-y-wern.pdf": "a92feb8971a0089c",
    "zz15-hollowmere-childrens-hospice.pdf": "ff0ddd168683ea73",
    "zz15-hollowmere-youth-orchestra.pdf": "5a4dc4c0eadcf86c",
    "zz16-hollowmere-childrens-ward-play.pdf": "2815e732d0f16eb3",
    "zz16-hollowmere-haf-programme.pdf": "f04fe88cda3ce695",
    "zz16-wharf-centre-pru.pdf": "e52f91dd574aa7ad",
    "zz17-2471-hollowmere-squadron-atc.pdf": "36081dd4a15d99f7",
    "zz17-hollowmere-city-farm.pdf": "eb1f97d3a31a061e",
    "zz18-ashcombe-adventure-playground.pdf": "b2187aced2097b4d",
    "zz18-cwm-teifi-yfc.pdf": "026ed82e5e26e440",
    "zz18-glenbrae-young-carers.pdf": "0e4424d57e9194ac",
    "zz19-hollowmere-oaks-school.pdf": "4ecae26a9e6c1887",
    "zz19-paper-lantern-theatre.pdf": "fd8f8f3aeff67793",
    "zz20-kilbroney-afterschools-club.pdf": "69bf906c7966a67b",
    "zz20-ysgol-gyfun-bro-hollowmere.pdf": "8bf23e2fd37c9a0e",
    "zz21-brightwater-supported-living.pdf": "4b81f7720b5a2250",
    "zz21-hollowmere-county-youth-choirs.pdf": "d74551424e9d9fa4",
    "zz22-castlegate-sixth-form-college.pdf": "84587801130e94c3",
    "zz22-lanternlight-helpline.pdf": "044c398e43147747",
    "zz23-brightpath-shops-young-volunteers.pdf": "28a00cada3ad8e62",
    "zz23-hollowmere-junior-2k.pdf": "0731e7daacc5184c",
    "zz23-st-cuthberts-cofe-first-school.pdf": "86b2325a9a8ee734",
    "zz24-cwm-tawel-rfc-juniors.pdf": "3e4ad7826c88b714",
    "zz24-hollowmere-active-holiday-club.pdf": "95166c578799b132",
    "zz24-hollowmere-childrens-dental.pdf": "6f3807f395d73600",
    "zz25-gwasanaeth-tan-hollowmere-fire-cadets.pdf": "f8d9e68cd2358ede",
    "zz25-harbour-house-refuge.pdf": "18f6e5df5cc4741f",
    "zz25-lisnagarvey-child-contact-centre.pdf": "29afd2cb75057838",
    "zz26-7th-hollowmere-boys-brigade.pdf": "2957f16ab68dfbcf",
    "zz26-clwb-canw-afon-hollow.pdf": "b984027f7983852b",
    "zz26-hollowmere-homestay.pdf": "30c530ac6bf4069d",
    "zz27-ashcombe-hall-school.pdf": "6c203086cd49d045",
    "zz27-hollowmere-lawn-tennis-juniors.pdf": "d560b5d38c8bbb2d",
    "zz27-hollowmere-road-surgery.pdf": "c0e0827b37aff0da",
    "zz28-brightframe-school-photography.pdf": "4366aef02f7c449d",
    "zz28-fenmoor-learning-trust.pdf": "50518937e3b861d3",
    "zz28-lleisiau-ifanc-advocacy.pdf": "89254dcdbe310ecf",
    "zz29-coastline-holiday-parks-kids-club.pdf": "ba621e42bb0fce7b",
    "zz29-limelight-pantomime-company.pdf": "65ecdcadfaa56387",
    "zz29-little-snips-kids-salon.pdf": "1566016c61e88ec5",
    "zz30-croileagan-allt-na-craoibhe.pdf": "2e5699f52c5e61bc",
    "zz30-fraser-school-of-highland-dance.pdf": "2681d3828a1d2e7c",
    "zz30-kinship-connections-strathbrae.pdf": "79b9c887a3e669d2",
    "zz31-hollowmere-outdoor-education.pdf": "3eeb9fbbbe645645",
    "zz31-porth-hollowmere-slsc.pdf": "9c49e4f5f5182d3d",
    "zz31-st-finnians-parish-childrens-ministry.pdf": "0745391aa1cbb123",
    "zz32-eastbrook-albion-foundation.pdf": "c05403f2a02b6dc3",
    "zz32-northcombe-youth-service.pdf": "ce1b69e919320d38",
    "zz32-sparkworks-science-centres.pdf": "ed294d69787e5cdf",
    "zz33-clwb-tenis-bwrdd-cwm-hollow.pdf": "7670d44d1926cccf",
    "zz33-hollowmere-hospital-young-volunteers.pdf": "109ee347143919d8",
    "zz33-hollowmere-kart-club.pdf": "3e963306257f80ce",
    "zz34-handball-club.pdf": "67bab0e3d9f74119",
    "zz34-island-youth-hall.pdf": "63c2cb67c38bdafa",
    "zz34-youth-hostel.pdf": "8eff810cef8fa584",
    "zz35-ballyhollow-heritage-railway.pdf": "18d4796c8b81abbd",
    "zz35-bounce-republic-trampoline-parks.pdf": "466e6f7f3f73c8f4",
    "zz35-hollowmere-cheer-academy.pdf": "eb5c9d53d5245204",
    "zz36-cathedral-choristers.pdf": "3ab3a40ddfd1d2ab",
    "zz36-first-responder-cadets.pdf": "4c696814cc4c371a",
    "zz36-taekwondo-academy.pdf": "9cdc4d5d3a36d12b",
    "zz37-cwm-hollow-young-archaeologists.pdf": "bc2c29259064366e",
    "zz37-little-whisks-cookery-school.pdf": "90a066091e16445a",
    "zz37-stagedoor-chaperones.pdf": "2a997892548581c2",
    "zz38-ballyhollow-basketball.pdf": "b9f9ef3c6272b6cb",
    "zz38-seryddwyr-ifanc-cwm-hollow.pdf": "7ba1ad94edc259f0",
    "zz38-youth-radio-club.pdf": "83de601f902c980d",
    "zz39-grindstone-junior-roller-derby.pdf": "dd06f1fc12e6ecb9",
    "zz39-kestle-lock-boat-trust.pdf": "6e443fcbdfad0054",
    "zz39-telynau-ifanc-bro-eirlys.pdf": "9bcb1c582c3ba625",
    "zz40-aberhenllys-volleyball.pdf": "7b1513594eeee7f4",
    "zz40-linden-vale-steiner-school.pdf": "875a0a40c877b7fe",
    "zz40-tidewater-aquarium-learning.pdf": "b12bbc54fb818d19",
    "zz41-beicwyr-ifanc-dyffryn-hollow.pdf": "2096ff3f96c5dca9",
    "zz41-freeflow-parkour-academy.pdf": "33bc54e8bfff1cc4",
    "zz41-kirkbrae-out-of-school-care.pdf": "fdc90e7eb9e182d1",
    "zz42-cwm-teg-baseball.pdf": "df314e04ec443b31",
    "zz42-junior-conservatoire.pdf": "51def3729b727a52",
    "zz42-wrenford-grammar-school.pdf": "dfb0e6c70303efb6",
    "zz43-carrowdrum-rifle-club.pdf": "5b5ccd2e466b54c7",
    "zz43-hawkridge-falconry-centre.pdf": "1ccb75f0d79b829c",
    "zz43-westbury-junior-squash.pdf": "c9eeea0d33d7b62c",
    "zz44-clwb-brics-dyfnant.pdf": "8166cb9129f0eb6b",
    "zz44-kestlebury-suzuki-strings.pdf": "7e78f11a960bf9fd",
    "zz44-sunnyside-wraparound-club.pdf": "0dc770e19163c8c3",
    "zz45-ballyhollow-chinese-school.pdf": "209bc3e7bb1e7b4e",
    "zz45-hollowmere-bahai-childrens-classes.pdf": "07267a4dde8a1b4c",
    "zz45-wat-hollowmere-dhamma-school.pdf": "6da53c2da3df9d95",
    "zz46-farm-park.pdf": "77813def0916b998",
    "zz46-open-air-lido.pdf": "08182c91fc65070c",
    "zz46-youth-opera-tour.pdf": "33a775f7f76df419",
    "zz47-balnacraig-paediatric-physiotherapy.pdf": "1c84bf81bfdcaff8",
    "zz47-kestrelbrook-pharmacy.pdf": "471127efedd395b0",
    "zz47-pontyrhedyn-orthodontics.pdf": "ad6be926692d95ed",
    "zz48-brightwell-eyecare.pdf": "5ce2cc8fe2b15a6f",
    "zz48-hollow-vale-school-catering.pdf": "fefe1aa9abcfaea4",
    "zz48-hollowmere-school-crossing-patrols.pdf": "165af4d9b9996f40",
    "zz50-ballyfern-junior-fanciers.pdf": "528fdfc6f2aff59f",
    "zz50-glenaird-young-rockhounds.pdf": "7ab3071f8b5c0074",
    "zz50-llanfedwen-junior-stamp-club.pdf": "d27cf81b4023b509",
    "zz49-merrowdale-road-safety-team.pdf": "0d2d9924c66b2bc3",
    "zz49-sir-fynach-archives.pdf": "d3145639af97a41a",
    "zz49-strathcorran-mountain-rescue.pdf": "489e007742b9c10e",
    "zz53-drumcarrig-eotas-centre.pdf": "769f956830ef6e64",
    "zz53-pen-y-ddol-language-centre.pdf": "6f89d599e533722e",
    "zz53-tollbridge-exam-centre.pdf": "de7bfd2c0ede1970",
    "zz51-inkhorn-young-makars.pdf": "8eefba89f8ca79f4",
    "zz51-larchgate-contemporary-young-curators.pdf": "b863280f65ced366",
    "zz51-stiwdio-ffram-aberllyfni.pdf": "0e04b28e81e9dd17",
    "zz52-cwm-tawel-caving-club.pdf": "7be718cbb8d12cec",
    "zz52-drumlaggan-veterinary-clinic.pdf": "c2588e12e5034f9c",
    "zz52-scarrowdale-field-studies-centre.pdf": "22768952ea3a38d3",
    "zz54-carrickmona-ferry-company.pdf": "d8446c7f5bcdc2ca",
    "zz54-corriebank-summer-school.pdf": "d8e1028c92e78386",
    "zz54-larkfield-school-journeys.pdf": "f0ff43daeabde92f",
    "zz55-glanhafren-canal-trust.pdf": "eb0dcb378a754020",
    "zz55-st-aldhelms-tower-ringers.pdf": "d39b1db9be91652a",
    "zz56-kestrelford-botanic-garden-learning.pdf": "015853a48b6bb650",
    "zz56-starling-faces-model-agency.pdf": "d9612460870dcb25",
    "zz57-hollowmere-words-festival.pdf": "2567c2a89704eb50",
    "zz57-portculzean-coastal-rowing.pdf": "63bafa3ceb1d3292",
    "zz58-bramblecote-day-nurseries.pdf": "636a884cda65701a",
    "zz58-st-wendreda-ashby-hollow.pdf": "a2ed57ac4f247ee2",
    "zz59-kingsmere-high-school.pdf": "161773fc9c992bcc",
    "zz59-open-door-youth-counselling.pdf": "16645bdfdabb10ae",
    "zz60-ballinacree-gfc.pdf": "78e2a4e1cd6365d6",
    "zz60-hollowmere-county-youth-orchestra.pdf": "bcd2fe6313474c68",
    "zz61-hollowmere-rollers-wheelchair-basketball.pdf": "201801d216f9e1e7",
    "zz61-lanternfish-pictures-child-performers.pdf": "fc1fd7807fcbb6fb",
    "zz62-hollowmere-hospital-school.pdf": "737ef03c76b94eb7",
    "zz62-redmoor-junior-speedway.pdf": "d676df79d0bf7188",
    "zz63-hollowmere-youth-voice.pdf": "1208e90e5e2fdb15",
    "zz63-open-gate-visitors-centre.pdf": "18f2045363a2f10f",
    "zz64-glacier-rink-skating.pdf": "f2ee567f47793e92",
    "zz64-hollowmere-libraries-children.pdf": "0df639795e6a0a72",
    "zz65-hollowmere-town-community-trust.pdf": "83fb044c7515cf20",
    "zz65-northgate-learning-trust.pdf": "dda428ea9659d0d4",
    "zz66-drumcarn-wrestling-club.pdf": "ab0235e15da7692c",
    "zz66-quillstone-book-festival.pdf": "05c3afe9e8d2f9d1",
    "zz67-brackenfold-junior-darts.pdf": "9efc9964a80bd4e9",
    "zz67-hollowmere-young-referees.pdf": "10651a53e684f690",
    "zz68-hollowmere-childrens-play-service.pdf": "a20c61a8895be84d",
    "zz68-lough-marrin-science-dome.pdf": "1d66390d9564196d",
    "zz69-hollowmere-hawks-rl-foundation.pdf": "a692751344dfa9ad",
    "zz69-third-hollowmere-girls-brigade.pdf": "200a3b39d8f3e4cb",
    "zz70-clwb-sadwrn-bro-tawel.pdf": "30110fe7f8c349fe",
    "zz70-hack-hollowmere-youth-hackathon.pdf": "3a5573393b5ef195",
    "zz71-cipher-lane-escape-rooms.pdf": "b6dc071be8939aff",
    "zz71-wyvern-edge-ski-racers.pdf": "1a6148522beb6cc8",
    "zz72-ember-lodge-sibling-group.pdf": "2354675def1cd964",
    "zz72-windrush-point-kite-festival.pdf": "69fddc5fb3917d83",
    "zz73-hollowmere-dragons-junior-paddlers.pdf": "d73f8b09b7637632",
    "zz73-step-in-time-dance-academy.pdf": "dae4eaa68466c063",
    "zz74-brightsea-tall-ships-youth-trust.pdf": "c318d89631ed70cc",
    "zz74-panorama-youth-steel-orchestra.pdf": "a48b5a82e6e99b58",
    "zz75-hollowmere-canoe-polo.pdf": "d4c5de52190b2fb8",
    "zz75-st-ebbas-handbell-ringers.pdf": "1aacfa015d5a64bb",
    "zz76-hollowmere-boccia-juniors.pdf": "14a0b4d2d9bc5887",
    "zz76-hollowmere-youth-climate-network.pdf": "26e8a39f4ad67468",
    "zz77-eight-limbs-muay-thai-juniors.pdf": "d5d2aa71bf5eea6d",
    "zz77-golden-lotus-lion-dance.pdf": "3013eb97b8c7d8e5",
    "zz78-hollowmere-voices-gospel-youth-choir.pdf": "d192159c17533cea",
    "zz78-reedsmere-windsurf-juniors.pdf": "67cf24dba25e728b",
    "zz79-hollowmere-hall-young-rangers.pdf": "0907c3740d62a039",
    "zz79-hollowmere-woodcraft-camps.pdf": "b35a670626e757ee",
    "zz80-hollowmere-youth-marching-band.pdf": "685b285a0670f42e",
    "zz80-strathbrae-skipping-club.pdf": "2f21d640d63e95c4",
    "zz81-kingsreed-fen-wildlife-watch.pdf": "38838a15fbdd8503",
    "zz81-llanfeirion-youth-dance.pdf": "f61c4495faef3e55",
    "zz82-ballyclaven-bats-softball-juniors.pdf": "d24717f3ebd39ddb",
    "zz82-radio-st-aldhelms-youth-volunteers.pdf": "e65c9775db22d5f1",
    "zz83-ballykeel-young-aviators.pdf": "671edcfb3f4d1062",
    "zz83-storyline-reading-partners.pdf": "d4d9d7d7eac31741",
    "zz84-glenruthven-ice-hockey-juniors.pdf": "1d06e0f422c3d1fc",
    "zz84-marrowby-powerboat-school.pdf": "08f4362f7815c65d",
    "zz86-hollowmere-college-work-placements.pdf": "f0d3a1a8491891cc",
    "zz86-ravensholme-aikido-juniors.pdf": "8e97cbd6a27b614b",
    "zz87-drumcarrow-horseball-juniors.pdf": "db8643f299fbd811",
    "zz87-wireless-wren-audio-drama.pdf": "f373f69db70f508e",
    "zz85-drumbeg-cyclocross-juniors.pdf": "0d8a9291dfd286c3",
    "zz85-kestrelvale-leisure-young-leaders.pdf": "115e9c512ab0a6d4",
    "zz88-larchmoor-homes-fix-it-kids.pdf": "6b730a2999fa8f61",
    "zz88-strathlyon-synchro-juniors.pdf": "48bf8217cdf058b4",
    "zz89-brackwater-chargers-wheelchair-rugby.pdf": "9c57ec188b880960",
    "zz89-fenlow-college-holiday-camps.pdf": "20f820f65e4414f6",
    "zz90-glenarran-junior-ceilidh-band.pdf": "410805c6706f2a59",
    "zz90-marlcote-badminton-juniors.pdf": "979d57241c5107e4",
    "zz91-ballymorran-badminton-juniors.pdf": "9734852bd743d3b8",
    "zz91-hollowmere-athletic-matchday-mascots.pdf": "aa215396394af10d",
    "zz92-castlegate-dental-school-outreach.pdf": "00c95c03f04ddd54",
    "zz92-greystone-junior-bowls.pdf": "a61809b5b25c6312",
    "zz96-sabeel-girls-trailblazers.pdf": "530d596a37c01bee",
    "zz96-tailwind-canicross-juniors.pdf": "8e80241cba813e0c",
    "zz93-fenner-plumbing-apprentices.pdf": "f52fe0d0e212d062",
    "zz93-gortmore-outdoor-centre.pdf": "fc0574c23aa4a66e",
    "zz94-drumcarrow-junior-accordion-band.pdf": "51671ad534f40a16",
    "zz94-ravelstoke-taiko-juniors.pdf": "3227f802c14d8fd7",
    "zz95-clydeside-youth-gamelan.pdf": "b28c083479fd22ef",
    "zz95-st-mina-coptic-sunday-school.pdf": "3e6d8080793f7b68",
    "zz97-hollowmere-gaels-juveniles.pdf": "f3dacccc0436c10e",
    "zz97-hollowmere-polish-saturday-school.pdf": "680d634b9fa1e9fc",
    "zz98-glenmorrach-arts-centre.pdf": "8f9dc08a67382117",
    "zz98-portnacraig-coasteering.pdf": "15809d4cc2e1a863",
    "zz102-eastwick-community-kitchen-haf.pdf": "0ca7bae28063ac88",
    "zz102-kestlebrook-ce-middle-school.pdf": "d6fc2e861f99d02f",
    "zz103-hollowmere-dog-agility-juniors.pdf": "e6b51fa9756e02be",
    "zz103-hollowmere-tug-of-war-juniors.pdf": "cc7a18478e32db46",
    "zz99-hollowmere-hebrew-congregation-youth.pdf": "087eed6c5986bdd1",
    "zz99-hollowmere-yjs-reparation.pdf": "422d071977a0c87d",
    "zz100-hollowmere-playbus-trust.pdf": "c2bc2d336db0d79d",
    "zz100-st-oswins-messy-church.pdf": "c1bb9ac13a816d74",
    "zz101-hollowmere-junior-anglers.pdf": "363061874626935f",
    "zz101-hollowmere-nanny-agency.pdf": "5feaf5441c82a781",
    "zz106-1st-hollowmere-clcgb-company.pdf": "1249ac3cf3e0b351",
    "zz106-ballyfinn-camera-club-juniors.pdf": "fef23dd573234095",
    "zz104-little-maestros-music-classes.pdf": "f95bb708d5a79313",
    "zz104-pennyford-fruit-farm.pdf": "b558da1f971a3b11",
    "zz105-riverside-junior-2k.pdf": "47e8854e1714c353",
    "zz105-saltings-lifeboat-station.pdf": "ab383d4cdc2d884a",
    "zz107-hollowmere-amateur-operatic-society.pdf": "79e157d528458678",
    "zz107-kestrelgate-all-through-school.pdf": "b03b0f4049fd1a33",
    "zz109-hollowmere-manor-hotel-leisure-club.pdf": "9e7b2a0504ef130b",
    "zz109-marlowe-tennant-architects-schools-programme.pdf": "a3d6eaec991bc275",
    "zz110-hollowmere-garden-village-grotto.pdf": "68587d5a90bb9221",
    "zz110-hollowmere-play-rangers.pdf": "068d44cc17a01f2b",
    "zz111-hollowmere-battlefield-tours.pdf": "fc6ddce818a7b781",
    "zz111-scales-and-tails-animal-encounters.pdf": "c87e18be1d4215b4",
    "zz112-ashcombe-bushcraft-school.pdf": "e53f94f6e6417693",
    "zz112-hollowmere-international-school.pdf": "8b04ff9694c4cfd8",
    "zz108-hollowmere-army-cadets.pdf": "0acfd7cd6580ce13",
    "zz108-hollowmere-hovercraft-juniors.pdf": "f077981eadf073a4",
    "zz113-hollowmere-college-esol-sanctuary.pdf": "a75f1221146bd6d3",
    "zz113-hollowmere-kart-club-cadets.pdf": "017c80dba051489a",
    "zz114-hollowmere-young-peoples-sexual-health-outreach.pdf": "088baac62e783a91",
    "zz114-hollowmere-youth-homelessness-prevention.pdf": "4b4ef23991e99252",
    "zz115-hollowmere-abbey-school.pdf": "e9a232e01c6f1f54",
    "zz115-hollowmere-little-wrens-nursery.pdf": "107ce416847af409",
    "zz116-hollowmere-sun-sport-camps.pdf": "4ea16f51a7565218",
    "zz116-hollowmere-valley-learning-trust.pdf": "60144ccfe339632e",
    "zz117-braeside-primary-glenhollow.pdf": "741491121fb11564",
    "zz117-bramble-hill-preschool.pdf": "f7a6457f285bc938",
    "zz118-drumhollow-youth-network.pdf": "40a72c5fd29918d2",
    "zz118-young-stagers-theatre-school.pdf": "067afa9e6301aefa",
    "zz120-bridgeway-care-leavers-mentoring.pdf": "1b5a0ce801682404",
    "zz120-hollowmere-district-scouts.pdf": "4f82bb77bb7463a4",
    "zz119-hospital-play-service.pdf": "b736f773e419bf1d",
    "zz119-mosque-weekend-madrasa.pdf": "94dfa067810705d3",
    "zz121-childrens-hospice.pdf": "e073404d5c7f3ff9",
    "zz121-pupil-referral-unit.pdf": "eb272c58d7bf8013",
    "zz122-hollowmere-libraries-children.pdf": "8232d35c2445813f",
    "zz122-otterbrook-swimming-club.pdf": "c7603b35aec34d08",
    "zz123-academy-trust.pdf": "d16a001927f75f34",
    "zz123-foster-agency.pdf": "0f69a5a7daf72d21",
    "zz124-gymnastics-club.pdf": "28b7cfb569e9890b",
    "zz124-residential-special-school.pdf": "65901bab43633f14",
    "zz125-family-hub.pdf": "6e5989db7876ffe0",
    "zz125-sea-cadet-unit.pdf": "677d7e363f8f0470",
    "zz126-cofe-primary.pdf": "3b78905c4efc1912",
    "zz126-nursery-group.pdf": "593a29403c8023ed",
    "zz127-day-nursery.pdf": "69fc4921cbe2030f",
    "zz127-secondary-school.pdf": "541b6a9bbb977dbf",
    "zz128-fe-college.pdf": "422f93e7a4684554",
    "zz128-film-tv-production.pdf": "914adfc9931deebf",
    "zz129-football-academy.pdf": "a4326928c376e9fa",
    "zz129-primary-academy.pdf": "a6d20f92cf4c2aad",
    "zz130-holiday-camps-cic.pdf": "5f9f510480513550",
    "zz130-scout-district.pdf": "4ea198ae2e0fa87d",
    "zz131-welsh-playgroup.pdf": "644cd94efd64913a",
    "zz131-zoo-education.pdf": "f89f060f141ac16d",
    "zz132-secondary-school.pdf": "da922a35b3c779cc",
    "zz132-sports-trust-camps.pdf": "2c5dc40265957e90",
    "zz133-council-youth-service.pdf": "6714d53828778044",
    "zz133-special-school.pdf": "78cfa387d4a52cff",
    "zz134-academy-trust.pdf": "fd5359a7c72765c8",
    "zz134-swimming-club.pdf": "ebc6b0041415a128",
    "zz135-domestic-abuse-charity.pdf": "4c73b9a92aac3cb0",
    "zz135-prep-school.pdf": "9ae2a27de40eee7f",
    "zz137-childrens-hospice.pdf": "7afb380db4293449",
    "zz137-secondary-school.pdf": "953b611d50bc6ae4",
    "zz138-county-music-service.pdf": "cbee0c4f861fe696",
    "zz138-sailing-club.pdf": "0bda5add9bbc7075",
    "zz139-hospital-play-service.pdf": "b59661eab103889a",
    "zz139-sixth-form-centre.pdf": "ad39c42933f86f08",
    "zz141-fe-college.pdf": "216af9969bec0e5a",
    "zz141-guides-unit.pdf": "472f0ce0e9c2e85a",
    "zz142-fostering-agency.pdf": "0886e9c010bce682",
    "zz142-pupil-referral-unit.pdf": "2e18b753f5e02ad7",
    "zz143-academy-secondary.pdf": "0b2a53d87deaccbc",
    "zz143-youth-football.pdf": "90821785327a162c",
    "zz144-special-school.pdf": "53d99d02ff55dcef",
    "zz144-university-summer-school.pdf": "0211f021bd106226",
    "zz145-climbing-centre.pdf": "9ccb715ece9e7b72",
    "zz145-short-breaks.pdf": "1eb0eb7bd2d9cba9",
    "zz146-theatre-school.pdf": "05c851c2cdbcff1a",
    "zz146-youth-homelessness.pdf": "f5af43826d7ea7ff",
    "zz147-academy-trust.pdf": "4b1bdf7d363b8f2b",
    "zz147-school-transport.pdf": "9efbf0bf13f47044",
    "zz148-university-outreach.pdf": "4ac26a2c01d3f6b6",
    "zz148-welsh-youth-theatre.pdf": "b0db9b32c40ca97f",
    "zz149-methodist-youth-weekend.pdf": "b455dc4680158260",
    "zz149-parish-youth-council.pdf": "71420fe4c94dbf9b",
    "zz150-nursery-chain.pdf": "f3ac588b9006cb21",
    "zz150-village-youth-club.pdf": "a4f89fa324bc0a30",
    "zz152-festival-family.pdf": "36a2e9ca760a3381",
    "zz152-prep-junior.pdf": "e13d864836f8aac6",
    "zz153-fe-school-link.pdf": "ca4fb7571c48cfa4",
    "zz153-summer-camp.pdf": "d064e1e9a1364cbb",
    "zz151-catholic-secondary.pdf": "e7ddd1cb703e3f7d",
    "zz151-drama-school.pdf": "37aedce3a812dddb",
    "zz154-federation-secondary.pdf": "b5d99b966b55d116",
    "zz154-haf-programme.pdf": "88fa8dc7e614ced1",
    "zz157-boarding-school.pdf": "cabe13a9320de987",
    "zz157-sixth-form-college.pdf": "f3336664cd598033",
    "zz155-academy-trust.pdf": "35679db2f6f5030e",
    "zz155-music-service.pdf": "b8433255e785e5c8",
    "zz156-special-school.pdf": "b03fbdfcbebba6bc",
    "zz156-youth-theatre.pdf": "90166ef3cf4d12f1",
    "zz158-pru.pdf": "230029d7f478e8d0",
    "zz158-yjs-mentoring.pdf": "6a99f8a9ac18b3da",
    "zz159-allthrough-academy.pdf": "3e07183c27cac8dd",
    "zz159-hospice-siblings.pdf": "c7413eac65a1fd13",
    "zz160-autism-residential.pdf": "6e9889c48f83fe8a",
    "zz160-short-breaks.pdf": "f361a0f31536ed6d",
    "zz161-mat-central-policy.pdf": "29b7ca5761575b7c",
    "zz161-refuge-children-service.pdf": "a1d1400fd5a22cec",
    "zz162-boarding-prep.pdf": "3f7b471d19e8c384",
    "zz162-childrens-centre.pdf": "2222df8f4c2daa73",
    "zz163-gymnastics-club.pdf": "8920c94b04d05dc9",
    "zz163-students-union.pdf": "2bc022b335c2bcad",
    "zz164-nursery-chain.pdf": "91c590d4a76ba08e",
    "zz164-welsh-primary.pdf": "8df1c4e6f2ad5438",
    "zz165-family-centre.pdf": "9c375af9c62a37a5",
    "zz165-secondary-academy.pdf": "4c0ea2e7249defa4",
    "zz166-foster-agency.pdf": "67064ece1063663f",
    "zz166-sixth-form-college.pdf": "1bda6cccaddc0555",
    "zz167-infant-school.pdf": "fe112701701edd98",
    "zz167-orchestra-trust.pdf": "5efa1eebbe93d2ff",
  };

  it("every corpus PDF's text is byte-identical", async () => {
    const names = readdirSync(corpus).filter((name) => name.endsWith(".pdf"));
    expect(names.sort()).toEqual(Object.keys(TEXT_HASHES).sort());
    for (const name of names) {
      const { text } = await pdfToPages(new Uint8Array(readFileSync(`${corpus}${name}`)));
      expect(createHash("sha256").update(text).digest("hex").slice(0, 16), name).toBe(TEXT_HASHES[name]);
    }
  });

  it("rejoining hyphenated words maps each offset to where its words went", () => {
    const text = "Chloe Ashworth-\nBain (Deputy DSL)\nCo-\nordinator\nwell-being - a dash\nlast-\nword";
    const mapped = rejoinHyphenatedMapped(text);
    expect(mapped.text).toBe(rejoinHyphenated(text));
    expect(mapped.text).toBe(
      "Chloe Ashworth-Bain\n(Deputy DSL)\nCo-ordinator\nwell-being - a dash\nlast-word",
    );
    const at = (words: string) => text.indexOf(words);
    expect(mapped.text.slice(mapped.start(at("Chloe")), mapped.end(at("Ashworth-") + 9))).toBe(
      "Chloe Ashworth-Bain",
    );
    expect(mapped.text.slice(mapped.start(at("(Deputy")), mapped.end(at("DSL)") + 4))).toBe("(Deputy DSL)");
    expect(mapped.text.slice(mapped.start(at("well")), mapped.end(at("dash") + 4))).toBe(
      "well-being - a dash",
    );
  });
});
