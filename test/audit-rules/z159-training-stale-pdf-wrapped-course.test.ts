/**
 * training-stale on an untagged PDF (held-out set zz165), in our own words; every name is invented. As of 1 December
 * 2026. A bulleted list of the safeguarding team's training, one person to a bullet: "• Mrs Rosalind Achebe-Thorne —
 * DSL New to Role, 2 February 2021; DSL refresher, 16 January 2025; Prevent awareness, October 2025". The page's
 * width breaks the bullet right after "DSL": "refresher, 16 January 2025; …" is printed on the next line, under the
 * item's words. The Markdown and Word copies read "DSL refresher" (current); the PDF read "refresher" alone — no
 * lead's course — and reported her 2021 course as lapsed: a false error.
 * Now counts: the lines of a PDF's list item (the lines the layout reader hangs under the bullet's words) are read as
 * the one line the item is, as in the Markdown and Word copies — wherever the page's width breaks the item ("DSL" /
 * "refresher", "Designated Safeguarding" / "Lead refresher", "Level 3 DSL" / "refresher course").
 * Stays as it is: a lapsed course whose renewal on the wrapped line is only booked ("refresher" / "booked for 9 June
 * 2027"), or lapsed too, is still reported (with the newer date); a date broken over the lines ("(Level 3), 12" /
 * "March 2024") keeps its day; a paragraph under the list at the page's margin is no part of the last item; a contents
 * list's sub-entries that hang under its "3." entry ("3.1 Rehearsals……1", "3.2 Online rehearsals……2") stay entries of
 * their own (contents-mismatch still reads each).
 */
import { PDFDocument, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as contentsMismatch } from "../../src/audit/rules/contents-mismatch.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { readDocumentBytes } from "../../src/audit/sources/read-bytes.js";
import { markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const LEFT = 72;
const BULLET_X = 90;
const WORDS_X = 108;
const SIZE = 10;

const TITLE = "Kestrel Vale Academy — Child Protection and Safeguarding Policy";
const ROLES = [
  "Designated Safeguarding Lead: Mrs Rosalind Achebe-Thorne (01632 960 418)",
  "Deputy Designated Safeguarding Lead: Mr Tobias Quarrie (01632 960 419)",
];
const BODY =
  "All staff read Part one of Keeping Children Safe in Education each September. The safeguarding team attend " +
  "the local partnership's DSL course every two years, with updates at least annually.";
const INTRO = "Training held by the safeguarding team:";
const DEPUTY_ITEM = "Mr Tobias Quarrie — DSL refresher (Level 3), 11/06/2025";

/** A list item as printed: its lines, each under the item's words. */
type Item = { lines: string[] };

/**
 * A one-page policy: its roles, the training section's paragraph and the list, each item's bullet at BULLET_X and its
 * lines at WORDS_X, as Word's hanging bullets print; `after` paragraphs at the left margin under the list.
 */
async function pdfPolicy(items: Item[], after: string[] = []): Promise<SourceDocument> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  let y = 780;
  const print = (text: string, x: number) => {
    page.drawText(text, { x, y, size: SIZE, font });
    y -= SIZE * 1.3;
  };
  print(TITLE, LEFT);
  print("1. Who to contact", LEFT);
  for (const role of ROLES) print(role, LEFT);
  print("2. Training", LEFT);
  print(BODY.slice(0, BODY.indexOf(". ") + 1), LEFT);
  print(BODY.slice(BODY.indexOf(". ") + 2), LEFT);
  print(INTRO, LEFT);
  for (const item of items) {
    page.drawText("•", { x: BULLET_X, y, size: SIZE, font });
    for (const line of item.lines) print(line, WORDS_X);
  }
  for (const paragraph of after) print(paragraph, LEFT);
  print("3. Reporting a concern", LEFT);
  print("Call the Kestrel Vale Children's Services front door on 01632 960 771.", LEFT);
  return readDocumentBytes(await pdf.save(), "policy.pdf");
}

/** The same policy in Markdown and Word, each item on one line. */
function otherCopies(items: string[]): SourceDocument[] {
  return [
    markdownDocument(
      [
        `# ${TITLE}`,
        "",
        "## 1. Who to contact",
        "",
        ...ROLES.flatMap((r) => [r, ""]),
        "## 2. Training",
        "",
        BODY,
        "",
        INTRO,
        "",
        ...items.map((i) => `- ${i}`),
        "",
      ].join("\n"),
    ),
    wordDocument(
      [
        `<h1>${TITLE}</h1>`,
        "<h2>1. Who to contact</h2>",
        ...ROLES.map((r) => `<p>${r}</p>`),
        "<h2>2. Training</h2>",
        `<p>${BODY}</p>`,
        `<p>${INTRO}</p>`,
        `<ul>${items.map((i) => `<li>${i}</li>`).join("")}</ul>`,
      ].join(""),
    ),
  ];
}

const lead = (document: SourceDocument) =>
  run(trainingStale, document)
    .map((f) => f.message)
    .filter((m) => m.includes("Achebe-Thorne"));

/** The lead's item wrapped at `at` (the words before it on the first line), the deputy's item whole. */
const wrappedAt = (item: string, at: string): Item[] => {
  const cut = item.indexOf(at) + at.length;
  return [{ lines: [item.slice(0, cut), item.slice(cut + 1)] }, { lines: [DEPUTY_ITEM] }];
};

describe("a PDF list item wrapped inside a course's name", () => {
  for (const [item, at] of [
    [
      "Mrs Rosalind Achebe-Thorne — DSL New to Role, 2 February 2021; DSL refresher, 16 January 2025; Prevent awareness, October 2025",
      "2021; DSL",
    ],
    [
      "Mrs Rosalind Achebe-Thorne — Designated Safeguarding Lead course, 5 May 2021; Designated Safeguarding Lead refresher, 3 March 2025",
      "2021; Designated Safeguarding",
    ],
    [
      "Mrs Rosalind Achebe-Thorne — Level 3 DSL training, 10/2020; Level 3 DSL refresher course, 09/2025; Safer Recruitment, 3 July 2025",
      "10/2020; Level 3 DSL",
    ],
    [
      "Mrs Rosalind Achebe-Thorne — DSL New to Role, 2 February 2021; Online Safety, 4 May 2024; DSL refresher, 16 January 2025",
      "4 May 2024; DSL",
    ],
  ] as const)
    it(`reads the renewal as the lead's DSL course, still valid: ${at} / …`, async () => {
      const document = await pdfPolicy(wrappedAt(item, at));
      expect(document.text).toContain(`${at}\n`);
      expect(lead(document)).toEqual([]);
      for (const copy of otherCopies([item, DEPUTY_ITEM])) expect(lead(copy), copy.format).toEqual([]);
    });

  it("over three lines", async () => {
    const document = await pdfPolicy([
      {
        lines: [
          "Mrs Rosalind Achebe-Thorne — DSL New to Role, 2 February 2021; DSL",
          "refresher, 16 January 2025; Prevent awareness, October 2025; Safer",
          "Recruitment, 3 July 2025",
        ],
      },
      { lines: [DEPUTY_ITEM] },
    ]);
    expect(lead(document)).toEqual([]);
  });
});

describe("stays as it is", () => {
  it("a renewal on the wrapped line only booked: the lapsed course is still reported", async () => {
    const item =
      "Mrs Rosalind Achebe-Thorne — Level 3 DSL, Summer Term 2024; refresher booked for 9 June 2027; Prevent awareness, October 2025";
    const document = await pdfPolicy(wrappedAt(item, "2024; refresher"));
    const messages = lead(document);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/Summer Term 2024/);
    for (const copy of otherCopies([item, DEPUTY_ITEM])) expect(lead(copy), copy.format).toHaveLength(1);
  });

  it("a renewal on the wrapped line that has lapsed too: reported with the newer date", async () => {
    const item =
      "Mrs Rosalind Achebe-Thorne — DSL New to Role, 2 February 2021; DSL refresher, 16 January 2024; Prevent awareness, October 2025";
    const document = await pdfPolicy(wrappedAt(item, "2021; DSL"));
    const messages = lead(document);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/16 January 2024/);
  });

  it("a date broken over the lines keeps its day", async () => {
    const item =
      "Mrs Rosalind Achebe-Thorne — Designated Safeguarding Lead training (Level 3), 12 March 2024; Safer Recruitment, 3 July 2025";
    const document = await pdfPolicy(wrappedAt(item, "(Level 3), 12"));
    const messages = lead(document);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/12 March 2024/);
  });

  it("a paragraph at the margin under the list is no part of the last item", async () => {
    const document = await pdfPolicy(
      [
        { lines: [DEPUTY_ITEM] },
        { lines: ["Mrs Rosalind Achebe-Thorne — DSL New to Role, 2 February 2021; DSL"] },
      ],
      ["refresher training for all staff was given on the INSET day, 16 January 2025."],
    );
    const messages = lead(document);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/2 February 2021/);
  });

  it("a contents list's sub-entries hanging under its numbered entry stay entries of their own", async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const page = pdf.addPage([595, 842]);
    let y = 780;
    const print = (text: string, x: number) => {
      page.drawText(text, { x, y, size: SIZE, font });
      y -= SIZE * 1.3;
    };
    const leader = (title: string, pageNumber: number, x: number) =>
      `${title}${".".repeat(Math.floor((440 - x - font.widthOfTextAtSize(title, SIZE)) / font.widthOfTextAtSize(".", SIZE)))}${pageNumber}`;
    print("Kestrel Vale Youth Choir — Safeguarding Policy", LEFT);
    print("Contents", LEFT);
    print(leader("1. About the choir", 1, LEFT), LEFT);
    print(leader("2. Keeping rehearsals safe", 1, LEFT), LEFT);
    print(leader("2.1 Rehearsals and concerts", 1, LEFT + 24), LEFT + 24);
    print(leader("2.2 Online rehearsals", 1, LEFT + 24), LEFT + 24);
    print(leader("3. Contacts", 1, LEFT), LEFT);
    y -= SIZE;
    print("1. About the choir", LEFT);
    print("The choir rehearses on Friday evenings in the church hall for singers aged 11 to 18.", LEFT);
    print("2. Keeping rehearsals safe", LEFT);
    print("2.1 Rehearsals and concerts", LEFT);
    print("Two adults are present at every rehearsal and every concert.", LEFT);
    print("2.2 Livestreams and recordings", LEFT);
    print("We film concerts only with the written consent of each singer's parent or carer.", LEFT);
    print("3. Contacts", LEFT);
    print("Designated Safeguarding Lead: Mrs Rosalind Achebe-Thorne (01632 960 418)", LEFT);
    const document = await readDocumentBytes(await pdf.save(), "policy.pdf");
    expect(document.text).toContain("Online rehearsals");
    const messages = run(contentsMismatch, document).map((f) => f.message);
    expect(messages).toEqual([
      expect.stringMatching(
        /^The contents list has "2\.2 Online rehearsals", but section 2\.2 is "Livestreams/,
      ),
    ]);
  });
});
