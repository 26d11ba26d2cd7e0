/**
 * The Word body written as bytes (src/render/docx/block-reuse.ts, BodyWriter.bytes; skeleton.ts keeps one buffer
 * for it from policy to policy): policies rendered at the same time, with the cache, get the same bytes as each
 * rendered alone from scratch, so no policy's body is written over by another's before it is zipped.
 */
import { describe, expect, it } from "vitest";
import { docxBlockCache } from "../src/render/docx/block-reuse.js";
import { renderDocx } from "../src/render/docx/index.js";
import { sampleDocument } from "./helpers/sample-document.js";

const policy = (name: string, paragraphs: number) =>
  sampleDocument(
    `# Policy for ${name}\n\n[TOC]\n\n## 1. Purpose\n\n${Array.from(
      { length: paragraphs },
      (_, i) => `Paragraph ${i} of ${name}'s policy, with *italics* and a list:\n\n1. one\n2. two\n`,
    ).join("\n")}\n## 2. Contacts\n\nOur lead is ${name}.\n`,
  );

describe("Word body written as bytes", () => {
  it("gives policies rendered together the bytes each has alone", async () => {
    const docs = [policy("Amira Carter", 40), policy("Bilal Hussain", 5), policy("Chen Wei", 20)];
    const alone: Uint8Array[] = [];
    for (const doc of docs) alone.push(await renderDocx(doc, { cache: false }));
    docxBlockCache.clear();
    for (let round = 0; round < 2; round++) {
      const together = await Promise.all(docs.map((doc) => renderDocx(doc)));
      for (const [i, bytes] of together.entries()) {
        expect(Buffer.from(bytes).equals(Buffer.from(alone[i])), `policy ${i}, round ${round}`).toBe(true);
      }
    }
  });
});
