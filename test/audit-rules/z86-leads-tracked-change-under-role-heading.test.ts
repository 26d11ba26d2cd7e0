/**
 * A bold role heading whose next line, in Word, is a tracked change: the former deputy deleted, the new one
 * inserted ("Deputy Safeguarding Lead" / [del: old name, job][ins: new name, job] / "Tel: … · email"). Word's final
 * view names the new deputy; the deleted one is not read. From the held-out set zz86 (issue 2), in our own words;
 * every name is invented.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DeletedTextRun, Document, InsertedTextRun, Packer, Paragraph, TextRun } from "docx";
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { readDocument } from "../../src/audit/sources/read-document.js";
import { findLeadMentions } from "../../src/audit/text/find.js";
import { checkDocument } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const when = "2026-05-01T09:00:00Z";
const bold = (text: string) => new Paragraph({ children: [new TextRun({ text, bold: true })] });
const plain = (text: string) => new Paragraph({ children: [new TextRun(text)] });

async function wordPolicy(changed: Paragraph): Promise<string> {
  const doc = new Document({
    sections: [
      {
        children: [
          plain("Brackenford Owl Sanctuary – Junior Helpers Safeguarding Policy"),
          bold("Junior Helpers Safeguarding Lead"),
          plain("Ms Odile Farrant, Sanctuary Manager"),
          plain("01632 960 118 · o.farrant@example.org"),
          bold("Deputy Safeguarding Lead"),
          changed,
          plain("Tel: 01632 960 119 · deputy@example.org"),
          plain("Tell the Junior Helpers Safeguarding Lead the same day, or the deputy if she is away."),
        ],
      },
    ],
  });
  const dir = mkdtempSync(join(tmpdir(), "z86-tracked-"));
  const path = join(dir, "policy.docx");
  writeFileSync(path, await Packer.toBuffer(doc));
  return path;
}

describe("a role heading's name line changed by tracked changes", () => {
  it("names the inserted deputy, not the deleted one", async () => {
    const path = await wordPolicy(
      new Paragraph({
        children: [
          new DeletedTextRun({
            text: "Hamish Lowther, Animal Care Supervisor",
            id: 1,
            author: "Office",
            date: when,
          }),
          new InsertedTextRun({
            text: "Priya Castellane, Animal Care Supervisor",
            id: 2,
            author: "Office",
            date: when,
          }),
        ],
      }),
    );
    const document = await readDocument(path, "policy.docx");
    const deputies = findLeadMentions(document.text).filter((m) => m.role === "deputy" && m.name);
    expect(deputies.map((m) => m.name)).toEqual(["Priya Castellane"]);
    expect(document.text).not.toContain("Lowther");
    expect(checkDocument(deputyMissing, document, { asOf })).toEqual([]);
    expect(checkDocument(leadMissing, document, { asOf })).toEqual([]);
  });

  it("a name line deleted with nothing inserted leaves the deputy unnamed (near miss)", async () => {
    const path = await wordPolicy(
      new Paragraph({
        children: [
          new DeletedTextRun({
            text: "Hamish Lowther, Animal Care Supervisor",
            id: 1,
            author: "Office",
            date: when,
          }),
        ],
      }),
    );
    const document = await readDocument(path, "policy.docx");
    const found = checkDocument(deputyMissing, document, { asOf });
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toMatch(/never says who it is/);
  });
});
