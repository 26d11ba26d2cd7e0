/**
 * deputy-missing (held-out set zz141), in our own words; every name is invented. A youth unit calls its lead the
 * "Safeguarding Contact" (bold, the name on the line below), then says "If Ruth is away, the troop's deputy
 * Safeguarding Contact is Mr Idris Penhallow (Assistant Leader)" and lists him "- Idris Penhallow – Assistant Leader
 * and deputy Safeguarding Contact". After a possessive ("the troop's", "our club's") the lower-case "deputy" is the
 * deputy's own word, as it is after "the" or "our": he is the deputy, not a second lead. Near misses: "the troop's
 * deputy Safeguarding Contact post is vacant" names nobody, and still has no deputy; a heading "Safeguarding
 * Contact and deputy" run into the lead's line by a PDF ("… and deputy Safeguarding Contact: Mrs Ruth …") does not make
 * the lead a deputy.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { found, markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const layouts = (deputyLine: string, listLine: string): SourceDocument[] => {
  const lines = [
    "Our troop **Safeguarding Contact** is:",
    "Mrs Ruth Abernathy-Coles (Troop Leader)\nPhone: 07700 900 411",
    deputyLine,
  ];
  const list = [`${listLine}`, "- Oona Brackenridge – Helper"];
  return [
    markdownDocument(
      [
        "# Wexcombe Scouts Troop – Keeping Young People Safe",
        "",
        "## 1. Who to talk to",
        "",
        ...lines.flatMap((l) => [l, ""]),
        "## 2. Our leaders",
        "",
        "- Ruth Abernathy-Coles – Troop Leader and Safeguarding Contact",
        ...list,
        "",
        "## 3. If you are worried",
        "",
        "Tell the Safeguarding Contact the same evening.",
        "",
      ].join("\n"),
    ),
    wordDocument(
      [
        "<h1>Wexcombe Scouts Troop – Keeping Young People Safe</h1>",
        "<h2>1. Who to talk to</h2>",
        ...lines.map(
          (l) => `<p>${l.replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>").replace(/\n/g, "<br />")}</p>`,
        ),
        "<h2>2. Our leaders</h2>",
        `<ul><li>Ruth Abernathy-Coles – Troop Leader and Safeguarding Contact</li>${list
          .map((l) => `<li>${l.replace(/^- /, "")}</li>`)
          .join("")}</ul>`,
        "<h2>3. If you are worried</h2>",
        "<p>Tell the Safeguarding Contact the same evening.</p>",
      ].join("\n"),
    ),
    pdfDocument(
      [
        "Wexcombe Scouts Troop – Keeping Young People Safe",
        "1. Who to talk to",
        ...lines.map((l) => l.replace(/\*\*/g, "")),
        "2. Our leaders",
        "• Ruth Abernathy-Coles – Troop Leader and Safeguarding Contact",
        ...list.map((l) => l.replace(/^- /, "• ")),
        "3. If you are worried",
        "Tell the Safeguarding Contact the same evening.",
        "",
      ].join("\n"),
    ),
  ];
};

describe("deputy-missing: 'the unit's deputy Safeguarding Contact is …' in lower case", () => {
  it.each([
    "If Ruth is away, the troop's deputy Safeguarding Contact is Mr Idris Penhallow (Assistant Leader), 07700 900 412.",
    "When Ruth cannot be reached, our troop's deputy Safeguarding Contact is Mr Idris Penhallow, 07700 900 412.",
  ])("reads the possessive's deputy as the deputy: %s", (sentence) => {
    for (const document of layouts(
      sentence,
      "- Idris Penhallow – Assistant Leader and deputy Safeguarding Contact",
    )) {
      expect(found(run(deputyMissing, document), document), document.format).toEqual([]);
      expect(found(run(leadMissing, document), document), document.format).toEqual([]);
    }
  });
  it("reads a list's 'Name – Job and deputy Safeguarding Contact' as the deputy", () => {
    const sentence = "If Ruth is away, call the county office on 01632 960 480.";
    for (const document of layouts(
      sentence,
      "- Idris Penhallow – Assistant Leader and deputy Safeguarding Contact",
    ))
      expect(found(run(deputyMissing, document), document), document.format).toEqual([]);
  });
  it("still reports a deputy post said to be vacant", () => {
    const sentence =
      "The troop's deputy Safeguarding Contact post is vacant; until it is filled, call the county office.";
    for (const document of layouts(sentence, "- Idris Penhallow – Assistant Leader"))
      expect(run(deputyMissing, document).length, document.format).toBe(1);
  });
  it("does not make a lead a deputy when a heading's 'and deputy' runs into the lead's line", () => {
    const document = pdfDocument(
      [
        "Wexcombe Scouts Troop – Keeping Young People Safe",
        "1. Safeguarding Contact and deputy Safeguarding Contact: Mrs Ruth Abernathy-Coles, 07700 900 411",
        "Tell the Safeguarding Contact the same evening.",
        "",
      ].join("\n"),
    );
    expect(found(run(leadMissing, document), document)).toEqual([]);
    expect(run(deputyMissing, document).length).toBe(1);
  });
  it("does not read a list's heading words before a dash as a person", () => {
    const sentence = "If Ruth is away, call the county office on 01632 960 480.";
    for (const document of layouts(sentence, "- Key People – Troop Leader and deputy Safeguarding Contact"))
      expect(run(deputyMissing, document).length, document.format).toBe(1);
  });
});
