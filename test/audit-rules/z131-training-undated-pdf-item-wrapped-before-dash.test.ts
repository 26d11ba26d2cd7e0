/**
 * training-undated and training-stale on an untagged PDF (held-out set zz131), in our own words; every name is
 * invented. As of 1 December 2026. A bulleted record "• Name — Course (Provider) — 18/06/2025" whose first line runs
 * to the page's right edge is broken before its last dash: "— 18/06/2025" is printed on the next line, under the
 * item's words. That line goes on the item — it is no list item of its own — so the record keeps its date.
 * Stays apart: dash lines under an item that ended its line short, or with a colon, or a run of two or more dash
 * lines (a nested list).
 */
import { PDFDocument, type PDFFont, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as stale } from "../../src/audit/rules/training-stale.js";
import { rule as undated } from "../../src/audit/rules/training-undated.js";
import { readDocumentBytes } from "../../src/audit/sources/read-bytes.js";
import { run } from "../fixtures/structure/documents.js";

const LEFT = 72;
const BULLET_X = 90;
const WORDS_X = 108;
const SIZE = 11;

const BODY =
  "Every volunteer at Larkspur Heath Community Farm reads this policy before their first session with a group and " +
  "follows it at every visit, whatever their role on the farm. Concerns about a child are passed on the same day " +
  "to the Safeguarding Lead or, when the lead is away, to the deputy, and every concern is written down.";

/** Word-wrapped lines of `text` no wider than `width` (greedy, as a word processor breaks them). */
function wrap(font: PDFFont, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    const tried = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(tried, SIZE) > width) {
      lines.push(line);
      line = word;
    } else line = tried;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * A one-page policy: a heading, two body paragraphs wrapped to the width that just holds `head`'s first part
 * (`head` up to its last " — "), then the training list, each item word-wrapped under its words like Word's
 * bullets. `items` entries are printed as they are; a `string[]` entry is lines printed as given (x: words').
 */
async function policy(items: Array<string | { lines: string[] }>, width: number): Promise<SourceDocument> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  let y = 780;
  const print = (text: string, x: number) => {
    page.drawText(text, { x, y, size: SIZE, font });
    y -= SIZE * 1.3;
  };
  print("7. Training", LEFT);
  for (const line of wrap(font, BODY, width + WORDS_X - LEFT)) print(line, LEFT);
  for (const line of wrap(font, BODY, width + WORDS_X - LEFT)) print(line, LEFT);
  print("Training records for the leads and volunteers:", LEFT);
  for (const item of items) {
    const lines = typeof item === "string" ? wrap(font, item, width) : item.lines;
    page.drawText("•", { x: BULLET_X, y, size: SIZE, font });
    for (const line of lines) print(line, WORDS_X);
  }
  print("8. Reporting a concern", LEFT);
  print("Call the Larkspur Children's Services front door on 01632 960 771.", LEFT);
  return readDocumentBytes(await pdf.save(), "policy.pdf");
}

/** The width that holds `text` up to its last " — " but not the dash after it. */
async function widthBeforeLastDash(text: string): Promise<number> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const head = text.slice(0, text.lastIndexOf(" — "));
  return font.widthOfTextAtSize(head, SIZE) + 1;
}

const LEAD = "Mr Oskar Fenwick-Lowe — Designated Safeguarding Lead training (Larkspur SCP) — 18/06/2025";
const DEPUTY = "Ms Tamsin Adeyemi-Roe — Safeguarding for farm staff — 02/2025";

const findings = (document: SourceDocument, rule: typeof stale) => run(rule, document).map((d) => d.message);
const items = (document: SourceDocument) =>
  (document.blocks ?? []).flatMap((b) =>
    b.kind === "listItem" ? [document.text.slice(b.offset, b.endOffset).replace(/\s+/g, " ")] : [],
  );

describe("a PDF list item broken before its last dash", () => {
  it("keeps its date on the next line: the lead's record is dated, not undated", async () => {
    const document = await policy([LEAD, DEPUTY], await widthBeforeLastDash(LEAD));
    expect(document.text).toContain("(Larkspur SCP)\n— 18/06/2025");
    expect(items(document)).toContain(
      "• Mr Oskar Fenwick-Lowe — Designated Safeguarding Lead training (Larkspur SCP) — 18/06/2025",
    );
    expect(findings(document, undated)).toEqual([]);
  });

  it("reads the carried date: a lead's course of 18/06/2023 broken the same way has lapsed", async () => {
    const old = LEAD.replace("18/06/2025", "18/06/2023");
    const document = await policy([old, DEPUTY], await widthBeforeLastDash(old));
    expect(findings(document, undated)).toEqual([]);
    expect(findings(document, stale).join(" ")).toMatch(/Oskar Fenwick-Lowe.*2023/);
  });

  it("stays apart: a dash line under an item that stopped short is an item of its own", async () => {
    const width = await widthBeforeLastDash(LEAD);
    const document = await policy(
      [
        {
          lines: ["Mr Oskar Fenwick-Lowe — Designated Safeguarding Lead", "— refresher booked with the SCP"],
        },
        DEPUTY,
      ],
      width,
    );
    expect(items(document)).toContain("— refresher booked with the SCP");
  });

  it("stays apart: a run of dash lines under a full line is a nested list", async () => {
    const width = await widthBeforeLastDash(LEAD);
    const document = await policy(
      [
        {
          lines: [
            "Mr Oskar Fenwick-Lowe — Designated Safeguarding Lead training (Larkspur SCP)",
            "— 18/06/2025 first course",
            "— 20/06/2025 second day",
          ],
        },
        DEPUTY,
      ],
      width,
    );
    expect(items(document)).toContain("— 18/06/2025 first course");
    expect(items(document)).toContain("— 20/06/2025 second day");
  });

  it("stays apart: a dash line under a full line that ends with a colon", async () => {
    const width = await widthBeforeLastDash(LEAD);
    const document = await policy(
      [
        {
          lines: [
            "Mr Oskar Fenwick-Lowe — Designated Safeguarding Lead training (SCP), covering:",
            "— early help",
          ],
        },
      ],
      width,
    );
    expect(items(document)).toContain("— early help");
  });
});
