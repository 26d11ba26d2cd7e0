/**
 * placeholder-text (held-out set zz131, a tuition centre's policy), in our own words; every name is invented. A
 * registration number's prefix with question marks where its digits should be, after a label that says it is a
 * number: "Ofsted registration number: EY??????", "Charity No. SC0?????", "Our URN: 12????". Near misses: questions
 * asked with many question marks ("Any questions??", "What should I do???", "Who do I tell — the DSL???").
 */
import { describe, expect, it } from "vitest";
import { rule as placeholder } from "../../src/audit/rules/placeholder-text.js";
import { markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const markdown = (line: string) =>
  `# Brightwell Study Rooms — Safeguarding Policy\n\n${line}\n\n## 1. Our aims\n\nEvery child who comes to us is kept safe.\n`;
const quoted = (line: string) => {
  const document = markdownDocument(markdown(line));
  return run(placeholder, document).map((d) => document.text.slice(d.offset, d.endOffset));
};
const messages = (line: string) => run(placeholder, markdownDocument(markdown(line))).map((d) => d.message);

describe("a registration number's prefix with question marks for its digits", () => {
  it.each([
    ["Ofsted registration number: EY??????", "EY??????"],
    ["Registered with Ofsted (registration number EY???????).", "EY???????"],
    ["Registered charity No. SC0?????", "SC0?????"],
    ["Ofsted URN: 12????", "12????"],
    ["Company number: OC?????", "OC?????"],
  ])("is a placeholder: %s", (line, expected) => {
    expect(quoted(line)).toEqual([expected]);
  });

  it("says the digits are missing", () => {
    expect(messages("Ofsted registration number: EY??????").join(" ")).toMatch(
      /"EY\?\?\?\?\?\?" is not finished — its question marks stand where its digits should be/,
    );
  });

  it("is found in Word's HTML too", () => {
    const document = wordDocument(
      "<p>Registered on the Childcare Register. Ofsted registration number: EY??????</p>",
    );
    expect(run(placeholder, document).map((d) => document.text.slice(d.offset, d.endOffset))).toEqual([
      "EY??????",
    ]);
  });

  it.each([
    "Any questions?? Ask a member of staff.",
    "What should I do??? Tell the Designated Safeguarding Lead straight away.",
    "Who do I tell — the DSL??? Yes, always the DSL.",
    "Not sure of the number??? Ask the office.",
    "Is there a reference number OK???",
    "Ring 999 first. Then what??? Then the DSL.",
  ])("stays quiet: %s", (line) => {
    expect(quoted(line)).toEqual([]);
  });
});
