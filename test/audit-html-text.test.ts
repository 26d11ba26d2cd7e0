import { describe, expect, it } from "vitest";
import { htmlToText } from "../src/audit/sources/html-text.js";

describe("reading HTML into the audit's text and outline", () => {
  it("writes headings, paragraphs, lists and tables the way Markdown does", () => {
    const { text } = htmlToText(`<!doctype html><html lang="en-GB"><head><title>Ignored</title>
      <style>p { color: red }</style><script>var x = "<p>no</p>";</script></head>
      <body><h1>Child  Protection
      Policy</h1><p>We <strong>always</strong> act <em>quickly</em>.<br>Second line.</p>
      <ol><li>First<ol><li>Inner</li></ol></li><li>Second</li></ol>
      <ul><li><p>Loose item</p></li></ul>
      <table><thead><tr><th>Role</th><th>Phone</th></tr></thead>
      <tbody><tr><td>DSL | lead</td><td></td></tr></tbody></table>
      <blockquote><p>Quoted</p></blockquote><pre>keep   this
  as is</pre><hr></body></html>`);
    expect(text).toBe(
      [
        "# Child Protection Policy",
        "",
        "We **always** act *quickly*.",
        "Second line.",
        "",
        "1. First",
        "   1. Inner",
        "2. Second",
        "",
        "- Loose item",
        "",
        "| Role | Phone |",
        "| - | - |",
        "| DSL \\| lead | |",
        "",
        "> Quoted",
        "",
        "```",
        "keep   this",
        "  as is",
        "```",
        "",
        "---",
        "",
      ].join("\n"),
    );
  });

  it("gives each heading and link its exact place in the text", () => {
    const { text, outline } = htmlToText(
      `<h2>3. Roles <em>and</em> duties</h2><p>Read <a href="https://example.org/a">the  procedures</a>, ` +
        `write to <a href="mailto:dsl@example.org">dsl@example.org</a> or <a href="">click here</a>.</p>` +
        `<p><a id="_Toc1"></a>Bookmarks are not links.</p>`,
    );
    expect(outline.headings).toHaveLength(1);
    const [heading] = outline.headings;
    expect(heading).toMatchObject({ depth: 2, text: "3. Roles and duties" });
    expect(text.slice(heading.offset, heading.endOffset)).toBe("## 3. Roles *and* duties");
    expect(outline.links.map((l) => [l.url, l.text, text.slice(l.offset, l.endOffset)])).toEqual([
      ["https://example.org/a", "the procedures", "[the procedures](https://example.org/a)"],
      ["mailto:dsl@example.org", "dsl@example.org", "<dsl@example.org>"],
      ["", "click here", "[click here]()"],
    ]);
    const paragraph = text.slice(outline.links[0].blockOffset, outline.links[0].blockEnd);
    expect(paragraph).toMatch(/^Read \[the procedures\].*\[click here\]\(\)\.$/);
    expect(text).toContain("Bookmarks are not links.");
    expect(text).not.toContain("_Toc1");
  });

  it("keeps table cells apart and a link's block to its cell", () => {
    const { text, outline } = htmlToText(
      `<table><tr><td><p>Email</p></td><td><p><a href="mailto:x@example.org">Write to us</a></p></td></tr></table>`,
    );
    expect(text).toBe("| Email | [Write to us](mailto:x@example.org) |\n| - | - |\n");
    expect(text.slice(outline.links[0].blockOffset, outline.links[0].blockEnd)).toBe(
      "[Write to us](mailto:x@example.org)",
    );
  });
});
