/**
 * contents-mismatch (held-out set zz95, a youth gamelan), in our own words; every name is invented. A contents list
 * with no "Contents" title (a contents field, or a Markdown generator's "<!-- toc -->" markers) still lists a section
 * taken out since: "6. Photography" has no heading, and each entry after it is one higher than the heading it names.
 * It is read as the contents list, and the stale entry is reported. Near miss: a numbered list of steps before the
 * first heading, only some of them headings' titles, is no contents list.
 */
import { describe, expect, it } from "vitest";
import { rule as contentsMismatch } from "../../src/audit/rules/contents-mismatch.js";
import { found, markdownDocument, run } from "../fixtures/structure/documents.js";

const headings = [
  "About us",
  "Who to contact",
  "Recognising harm",
  "Responding to a concern",
  "Online safety",
  "Contacts",
  "Training",
];
const body = headings.map((h, i) => `## ${i + 1}. ${h}\n\nAbout ${h.toLowerCase()}.`).join("\n\n");

describe("contents-mismatch: an untitled contents list that still lists a removed section", () => {
  it("reports the removed section's entry", () => {
    const list = [
      "About us",
      "Who to contact",
      "Recognising harm",
      "Responding to a concern",
      "Online safety",
      "Photography",
      "Contacts",
      "Training",
    ]
      .map((t, i) => `${i + 1}. ${t}`)
      .join("\n");
    const document = markdownDocument(
      `# Tarnside Steel Band – Safeguarding Policy\n\n<!-- toc -->\n${list}\n<!-- /toc -->\n\n${body}\n`,
    );
    const reported = run(contentsMismatch, document);
    expect(found(reported, document)).toEqual(["6. Photography"]);
  });

  it("near miss: a numbered list of steps before the first heading", () => {
    const steps = ["Listen to the child", "Contacts", "Write it down", "Tell the lead", "Training"]
      .map((t, i) => `${i + 1}. ${t}`)
      .join("\n");
    const document = markdownDocument(
      `# Tarnside Steel Band – Safeguarding Policy\n\nIf a child tells you something:\n\n${steps}\n\n${body}\n`,
    );
    expect(run(contentsMismatch, document)).toEqual([]);
  });
});
