import { describe, expect, it } from "vitest";
import { htmlToText } from "../src/audit/sources/html-text.js";
import { sourceText } from "../src/audit/sources/read-document.js";

describe("anchors: every place a '#…' link can point at", () => {
  it("HTML: ids on any element and names on <a>, at the text they mark (Word bookmarks arrive as <a id>)", () => {
    const { text, outline } = htmlToText(
      `<h1 id="top">Keeping Children Safe</h1><p><a id="_Toc4411"></a>Who to ring first</p>` +
        `<ul><li><a name="old-style"></a>Ring the setting lead</li></ul><p id="">empty ids are no target</p>` +
        `<a href="#top">back to the top</a>`,
    );
    const at = (id: string) => outline.anchors?.find((anchor) => anchor.id === id)?.offset;
    expect(outline.anchors?.map((anchor) => anchor.id)).toEqual(["top", "_Toc4411", "old-style"]);
    expect(at("top")).toBe(text.indexOf("# Keeping"));
    expect(at("_Toc4411")).toBe(text.indexOf("Who to ring"));
    expect(at("old-style")).toBe(text.indexOf("Ring the setting lead"));
  });

  it("Markdown: GitHub slugs (numbered when repeated), {#id} attributes and <a id|name> written as HTML", () => {
    const markdown = [
      "# Looking After Children",
      "",
      "## Who We Tell",
      "",
      "## Who We Tell",
      "",
      "## Records & Notes {#records}",
      "",
      'Some words <a id="phone-list"></a> and <span name="not-a-target">here</span>.',
      "",
      "<a name='rota'></a>",
      "",
    ].join("\n");
    const { outline } = sourceText(markdown, "md");
    const ids = outline.anchors?.map((anchor) => anchor.id);
    expect(ids).toEqual([
      "looking-after-children",
      "who-we-tell",
      "who-we-tell-1",
      "records--notes-records",
      "records",
      "records--notes",
      "phone-list",
      "rota",
    ]);
    const records = outline.anchors?.find((anchor) => anchor.id === "records");
    expect(records?.offset).toBe(markdown.indexOf("## Records"));
  });

  it("plain text has no anchors (an empty list, not missing)", () => {
    expect(sourceText("Just words.\n", "txt").outline.anchors).toEqual([]);
  });
});
