/**
 * A fresh block's WordprocessingML written directly (src/render/docx/body-xml.ts) is byte for byte what the docx
 * package writes for it (`cache: false` compiles a whole docx Document): every node kind the renderer writes, in
 * every context that changes its XML (after a table, in a quote, nested lists, key–value tables, aligned columns),
 * with hostile text — XML specials, control characters, astral characters, very long words, empty cells, braces
 * docx takes for a list's placeholder — and hostile values in the parts around the body (skeleton.ts). A block
 * this writer leaves to docx (an external link with a #fragment, a link with no text) is counted, and its bytes
 * agree too.
 */
import { strFromU8, unzipSync } from "fflate";
import { beforeEach, describe, expect, it } from "vitest";
import type { PolicyDocument } from "../src/model.js";
import { docxBlockCache } from "../src/render/docx/block-reuse.js";
import { blockXmlUse } from "../src/render/docx/body-xml.js";
import { renderDocx } from "../src/render/docx/index.js";
import { skeletonUse } from "../src/render/docx/skeleton.js";
import { sampleDocument } from "./helpers/sample-document.js";

const LONG_WORD = "Safeguarding".repeat(900);
const HOSTILE = `Quotes "double" & 'single' <tag attr="x"> a]]>b &amp; &#x41; \u0001\u0008\u000B\u000C\u001F tab\there 😀 𝔘𝔫𝔦 {numbers-1} {bullets-0} {x}`;

const KINDS: Record<string, string> = {
  "headings and a contents list": `# Policy & <Title>\n\n[TOC]\n\n## 1. Who's who & "why"\n\n### 1.1 ${HOSTILE}\n\n#### Four\n\n##### Five\n\n###### Six\n\n## 2. Empty heading next\n\n## \n`,
  "paragraphs with every inline style": `# P\n\nPlain, **bold**, *italic*, ***both***, ~~struck~~, \`code <x>\`, **\`bold code\`**, *~~italic struck~~*.\n\nA hard  \nbreak and a backslash\\\nbreak. ${HOSTILE}\n\n${LONG_WORD}\n\nInline <b>html</b> and ![a picture](x.png) and ![](y.png).\n`,
  "links of every kind": `# L\n\n## Target\n\n[internal](#target), [missing](#nowhere), [**bold link**](https://example.org/a?b=1&c="2"), [unsafe](javascript:alert(1)), [mail](mailto:dsl@example.org), [${HOSTILE}](https://example.org/x'y<z>), <https://example.org/auto>\n\n[Target in a list](#target)\n`,
  "lists, nested and numbered": `# Lists\n\n1. One\n2. Two\n   - nested *bullet*\n     1. deeper numbered\n        - deepest\n          - level five\n            - six\n              - seven\n                - eight\n                  - nine\n                    - ten\n3. Three\n\n   A second paragraph in item three.\n\n   > a quote in an item\n\n   \`\`\`\n   code in an item\n   \`\`\`\n\n5. Starts at five\n6. ${HOSTILE}\n\n- [ ] a task\n- [x] done\n\n1. Again from one\n`,
  "tables of every shape": `# Tables\n\n## Contacts\n\n| Role | Name | Phone |\n|:--|:-:|--:|\n| DSL | **Priya** Marsh | 0113 496 0000 |\n|  |  |  |\n| ${HOSTILE} | [link](https://example.org/t) | [inside](#contacts) |\n| ${LONG_WORD} | x |\n\n| Policy details | |\n|---|---|\n| Version | 4.0 |\n| Next review | |\n| Owner | Priya <Marsh> & "co" |\n\n| A |\n|---|\n| only one column |\n\n- a list right after a table\n\n| B | C |\n|---|---|\n| b | c |\n\n---\n\n| After | a rule |\n|---|---|\n| x | y |\n\n\`\`\`\ncode after a table\n\`\`\`\n\n| T |\n|---|\n| t |\n\n> a quote after a table\n\n| U |\n|---|\n| u |\n\n## Heading after a table\n`,
  "quotes, code, rules and html": `# Q\n\n> A quote with **bold** and a [link](https://example.org/q).\n>\n> > nested quote\n>\n> - a list in a quote\n\n\`\`\`js\nconst x = "<y>" && 'z';\n\n\tindented ${HOSTILE}\n\`\`\`\n\n---\n\n<div class="x">block html & stuff</div>\n\n<!-- a comment -->\n\n[ref]: https://example.org/ref\n`,
};

const FALLBACK: Record<string, string> = {
  "an external link with a #fragment": `# F\n\nSee [the guidance](https://example.org/page#section-2) and [x](https://example.org/#).\n`,
  "a link with no text": `# F\n\nA link with nothing in it: [](https://example.org/empty).\n`,
};

function hostileMeta(doc: PolicyDocument): PolicyDocument {
  return {
    ...doc,
    meta: {
      ...doc.meta,
      title: `Policy <&> "quoted" 'single' \u0007 😀`,
      settingName: `St Anne's & St Agnes' <School> ${LONG_WORD.slice(0, 300)}`,
      author: "",
      subject: "",
      keywords: [],
      version: `4.0 "beta" & <draft>`,
      nextReviewText: `1 April 2027 {numbers-1} \u0002`,
    },
  };
}

const unzipped = (bytes: Uint8Array) =>
  Object.fromEntries(
    Object.entries(unzipSync(bytes)).map(([name, data]) => [
      name,
      name.endsWith(".odttf") ? data.length : strFromU8(data),
    ]),
  );

async function expectSameBytes(doc: PolicyDocument, label: string) {
  const expected = await renderDocx(doc, { cache: false });
  docxBlockCache.clear();
  const fresh = await renderDocx(doc);
  const reused = await renderDocx(doc);
  // On a difference, the parts say where before the bytes do.
  expect(unzipped(fresh), `${label}: written fresh`).toEqual(unzipped(expected));
  expect(Buffer.from(fresh).equals(Buffer.from(expected)), `${label}: written fresh`).toBe(true);
  expect(Buffer.from(reused).equals(Buffer.from(expected)), `${label}: from the cache`).toBe(true);
}

beforeEach(() => docxBlockCache.clear());

describe("Word blocks written directly", () => {
  for (const [kind, markdown] of Object.entries(KINDS))
    it(`writes ${kind} as docx does`, async () => {
      const before = { ...blockXmlUse };
      const skeletons = skeletonUse.documents;
      await expectSameBytes(sampleDocument(markdown), kind);
      expect(blockXmlUse.written - before.written, "blocks written directly").toBeGreaterThan(0);
      expect(blockXmlUse.byDocx - before.byDocx, "none left to docx").toBe(0);
      expect(skeletonUse.documents - skeletons).toBe(2);
    });

  it("puts hostile values in the parts around the body as docx does, and leaves out the empty ones", async () => {
    const doc = hostileMeta(sampleDocument(Object.values(KINDS).join("\n")));
    await expectSameBytes(doc, "hostile values");
    const core = strFromU8(unzipSync(await renderDocx(doc))["docProps/core.xml"]);
    expect(core).not.toContain("<dc:subject>");
    expect(core).toContain("Policy &lt;&amp;&gt; &quot;quoted&quot; &apos;single&apos;  😀");
  });

  for (const [kind, markdown] of Object.entries(FALLBACK))
    it(`leaves ${kind} to docx, with the same bytes`, async () => {
      const before = blockXmlUse.byDocx;
      await expectSameBytes(sampleDocument(markdown), kind);
      expect(blockXmlUse.byDocx - before, "the block left to docx").toBe(1);
    });
});
