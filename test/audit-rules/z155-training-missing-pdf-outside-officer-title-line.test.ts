/**
 * training-missing on an untagged PDF (forty-fifth session, a hand-written football club policy), in our own words;
 * every name is invented. As of 1 December 2026.
 *
 * Pattern: the first page opens with the club's name, then a line naming the wider body it belongs to ("Affiliated to
 * the Larkshire County FA."), and further down "contact the County FA Designated" / "Safeguarding Officer, Gideon
 * Thorne, …" wraps over two lines. The County FA's officer is an outside body's, not the club's lead — so no "none
 * for Gideon Thorne (designated safeguarding lead)" when the club lists its own officers' training. A PDF's text has
 * no blank line between paragraphs, so its lines joined run over the whole page: the title is the page's first line
 * as printed, not the first 200 letters of the page (which took "County" in for the club's own body, as the Markdown
 * and Word copies never did). The same for a rugby union's county body, a council, a diocese and a circuit named under the title.
 *
 * Stays as it is: a PDF whose printed title is the wider body's own ("Larkshire County FA — Safeguarding Policy"),
 * whose officer is its lead; the role with no outside body's word before it (the club's own lead, named across the
 * wrap, still has no training listed).
 */
import { PDFDocument, type PDFFont, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { readDocumentBytes } from "../../src/audit/sources/read-bytes.js";
import { markdownDocument, run } from "../fixtures/structure/documents.js";

const LEFT = 72;
const SIZE = 11;

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

interface Policy {
  title: string;
  under: string;
  /** The paragraph naming the other body's officer; its lines break just before `role`. */
  contact: string;
  role: string;
}

const OWN = [
  "Club Welfare Officer: Mrs Hana Brightwell (07700 900611)",
  "Deputy Welfare Officer: Mr Tobias Quarrie (07700 900612)",
  "Training: Mrs Hana Brightwell completed the Welfare Officer Workshop on 14 March 2025. Mr Tobias Quarrie completed Safeguarding Children on 14 January 2025.",
];

const INTRO =
  "We are committed to giving every child who takes part with us, in any way, a safe and enjoyable time, and we expect every adult to put children's welfare first.";

/** A one-page untagged PDF: title, the line under it, the contacts, the contact paragraph wrapped before its role. */
async function pdfPolicy({ title, under, contact, role }: Policy): Promise<SourceDocument> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  let y = 780;
  const print = (text: string, size = SIZE) => {
    page.drawText(text, { x: LEFT, y, size, font });
    y -= size * 1.3;
  };
  print(title, 16);
  print(under);
  print("1. Our commitment", 13);
  for (const line of wrap(font, INTRO, 440)) print(line);
  print("2. Who to contact", 13);
  for (const line of OWN) for (const part of wrap(font, line, 440)) print(part);
  const width = font.widthOfTextAtSize(contact.slice(0, contact.indexOf(role)).trimEnd(), SIZE) + 1;
  for (const line of wrap(font, contact, width)) print(line);
  print("3. Reporting a concern", 13);
  print("Call the Larkshire Children's Services front door on 01632 960 771.");
  return readDocumentBytes(await pdf.save(), "policy.pdf");
}

const markdown = ({ title, under, contact }: Policy) =>
  markdownDocument(
    [
      `# ${title}`,
      "",
      under,
      "",
      "## 1. Our commitment",
      "",
      INTRO,
      "",
      "## 2. Who to contact",
      "",
      ...OWN.flatMap((l) => [l, ""]),
      contact,
      "",
    ].join("\n"),
  );

const missing = (document: SourceDocument) => run(trainingMissing, document).map((f) => f.message);

const OUTSIDE: Policy[] = [
  {
    title: "Larkbridge Rovers Junior FC",
    under: "Affiliated to the Larkshire County FA. FA Charter Standard club.",
    contact:
      "If you can't reach either of them, contact the County FA Designated Safeguarding Officer, Gideon Thorne, on 01632 960888, or The FA's safeguarding team.",
    role: "Safeguarding Officer",
  },
  {
    title: "Larkbridge Rovers Junior FC",
    under: "Affiliated to the Larkshire County FA. FA Charter Standard club.",
    contact:
      "Where a concern is about a club officer, ring the County FA Designated Safeguarding Officer, Gideon Thorne, on 01632 960888.",
    role: "Designated Safeguarding Officer",
  },
  {
    title: "Brackenford Methodist Church",
    under: "A member church of the Wexcombe Methodist Circuit.",
    contact:
      "If neither of them is available, contact the Circuit Safeguarding Officer, Mrs Delia Marsh, on 01632 960441, at any time.",
    role: "Safeguarding Officer",
  },
  {
    title: "St Hilda's Parish Youth Club",
    under: "A parish youth club in the Diocese of Wexcombe.",
    contact:
      "If you cannot reach either of them, contact the Diocesan Safeguarding Officer, Mr Owen Pryce, on 01632 960442.",
    role: "Safeguarding Officer",
  },
  {
    title: "Larkbridge Vikings RFC Minis and Juniors",
    under: "Affiliated to the Larkshire County RFU.",
    contact:
      "If neither of them can be reached, contact the County RFU Safeguarding Manager, Ms Rhiannon Vale, on 01632 960443.",
    role: "Safeguarding Manager",
  },
  {
    title: "Millbeck Youth Project",
    under: "A youth project run by Hollowmere Borough Council.",
    contact:
      "If neither of them can be reached, contact the Council Designated Safeguarding Officer, Ms Rhiannon Vale, on 01632 960443.",
    role: "Safeguarding Officer",
  },
];

describe("an outside body's officer, the body named under a PDF's title", () => {
  for (const policy of OUTSIDE)
    it(`is not the setting's lead: ${policy.contact.slice(0, 70)}…`, async () => {
      expect(missing(markdown(policy)), "md").toEqual([]);
      expect(missing(await pdfPolicy(policy)), "pdf").toEqual([]);
    });
});

describe("stays as it is", () => {
  it("the wider body's own policy: its officer is its lead", async () => {
    const policy: Policy = {
      title: "Larkshire County FA Safeguarding Policy",
      under: "For the County FA's own staff, volunteers and events.",
      contact:
        "For anything else, contact the County FA Designated Safeguarding Officer, Gideon Thorne, on 01632 960888, who leads on safeguarding.",
      role: "Safeguarding Officer",
    };
    for (const document of [markdown(policy), await pdfPolicy(policy)])
      expect(missing(document), document.format).toEqual([expect.stringMatching(/none for Gideon Thorne/)]);
  });

  it("the club's own lead named across the wrap, with no outside body's word before the role", async () => {
    const policy: Policy = {
      title: "Larkbridge Rovers Junior FC",
      under: "Affiliated to the Larkshire County FA. FA Charter Standard club.",
      contact:
        "Our club's own Designated Safeguarding Officer, Gideon Thorne, on 01632 960888, oversees both welfare officers.",
      role: "Safeguarding Officer",
    };
    for (const document of [markdown(policy), await pdfPolicy(policy)])
      expect(missing(document), document.format).toEqual([expect.stringMatching(/none for Gideon Thorne/)]);
  });
});
