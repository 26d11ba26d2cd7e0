/**
 * Held-out zz129 (in our own words, every name invented; as of 1 December 2026): a PDF made from a Word file with a
 * tracked change in a name — the old holder's name struck through, the new one straight after it, no space between
 * ("Mr ~~Rowan Pettigrew~~Amara Lindqvist-Obi"). The text layer has no strikethrough, so it reads "Mr Rowan
 * PettigrewAmara Lindqvist-Obi", a person who does not exist, and the deputy's training (under "Amara Lindqvist-Obi")
 * seemed to be someone else's. A careful reader reads the inserted name. Near misses: a name whose own capitals are
 * inside a word ("FitzGerald") is not cut; a glued name whose inserted person is named nowhere else is left as
 * written; and a deputy with no training at all is still reported.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { insertedName } from "../../src/audit/text/glued-names.js";
import { found, pdfDocument, run } from "../fixtures/structure/documents.js";

function policy(deputyTraining: string): string {
  return [
    "Hollin Vale Rugby Academy – Safeguarding Policy",
    "1. Our safeguarding team",
    "Designated Safeguarding Lead: Ms Hester Quinlan-Marsh, 01632 960 310",
    "Deputy Designated Safeguarding Lead: Mr Rowan PettigrewAmara Lindqvist-Obi, 07700 900 222",
    "2. Training",
    "Hester Quinlan-Marsh – Designated safeguarding lead course – 14/05/2025",
    deputyTraining,
    "Tell the lead or the deputy about every concern the same day.",
  ].join("\n");
}

describe("a PDF's name with a tracked change glued into it", () => {
  it("reads the inserted name, whose training is recorded", () => {
    const document = pdfDocument(
      policy("Amara Lindqvist-Obi – Designated safeguarding lead course – 03/02/2026"),
    );
    expect(found(run(trainingMissing, document), document)).toEqual([]);
  });

  it("still reports the deputy when nobody of that name has training", () => {
    const document = pdfDocument(policy("Gideon Ashcombe – Safeguarding awareness – 03/02/2026"));
    const reported = run(trainingMissing, document);
    expect(reported.map((r) => r.message).join("\n")).toContain("Lindqvist-Obi");
  });
});

describe("insertedName", () => {
  const text = "Mr Rowan PettigrewAmara Lindqvist-Obi … Amara Lindqvist-Obi – course – 03/02/2026";
  it("keeps the title and the inserted name", () => {
    expect(insertedName("Mr Rowan PettigrewAmara Lindqvist-Obi", text)).toBe("Mr Amara Lindqvist-Obi");
  });
  it("leaves a name the document does not name elsewhere, and a surname's own capitals", () => {
    expect(
      insertedName("Mr Rowan PettigrewAmara Lindqvist-Obi", "Mr Rowan PettigrewAmara Lindqvist-Obi"),
    ).toBe("Mr Rowan PettigrewAmara Lindqvist-Obi");
    expect(insertedName("Mr Ciaran FitzGerald", "Mr Ciaran FitzGerald … Gerald")).toBe(
      "Mr Ciaran FitzGerald",
    );
    expect(insertedName("Ms Dana McKinnon", "Ms Dana McKinnon … Kinnon")).toBe("Ms Dana McKinnon");
  });
});
