/**
 * contents-mismatch on a policy's appendices listed with their labels ("Appendix C – Kit list", "Annex 2 – …",
 * "Schedule B – …"): the label is the appendix's number, so an entry whose title is an appendix's but whose label is
 * another's is one numbered unlike its heading. An untitled list of appendix lines at the top of an appendix-only
 * document (a "<!-- toc -->" list, Word's contents field read as plain paragraphs) is its contents when every line
 * names an appendix the document carries. Two appendices listed the other way round are two entries to put right:
 * each is reported, and each says the two are swapped. From the 101st held-out set, in our own words; every name is
 * invented. Near misses: labels and titles that agree; a list of appendix lines that names an appendix the document
 * does not carry stays a list.
 */
import { describe, expect, it } from "vitest";
import { rule as contentsMismatch } from "../../src/audit/rules/contents-mismatch.js";
import { found, markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const PARTS = ["Useful numbers", "Our welfare team", "Kit list", "Incident form", "Coach checks"];

function markdown(listed: string[], carried = PARTS, kind = "Appendix", labels = "ABCDE"): string {
  return [
    "# Tarnside Canoe Juniors – Safeguarding Appendices",
    "",
    "<!-- toc -->",
    ...listed.map((t, i) => `- ${kind} ${labels[i]} – ${t}`),
    "<!-- /toc -->",
    "",
    ...carried.flatMap((t, i) => [
      `## ${kind} ${labels[i]} – ${t}`,
      "",
      "Leaders keep this page in the kit box.",
      "",
    ]),
  ].join("\n");
}

function word(listed: string[], carried = PARTS): string {
  return [
    "<h1>Tarnside Canoe Juniors – Safeguarding Appendices</h1>",
    "<p>These pages hold the details that change often.</p>",
    ...listed.map((t, i) => `<p>Appendix ${"ABCDE"[i]} – ${t}</p>`),
    ...carried.flatMap((t, i) => [
      `<h1>Appendix ${"ABCDE"[i]} – ${t}</h1>`,
      "<p>Leaders keep this page in the kit box.</p>",
    ]),
  ].join("\n");
}

const swapped = ["Useful numbers", "Our welfare team", "Incident form", "Kit list", "Coach checks"];

describe("contents-mismatch: appendix labels as numbers", () => {
  it("reports both appendices listed the other way round (Markdown toc list)", () => {
    const doc = markdownDocument(markdown(swapped));
    const reported = run(contentsMismatch, doc);
    expect(found(reported, doc)).toEqual(["- Appendix C – Incident form", "- Appendix D – Kit list"]);
    expect(reported[0].message).toContain('"Incident form" as Appendix C, but the heading is Appendix D');
    expect(reported[0].message).toContain("the list has Appendices C and D the other way round");
    expect(reported[1].message).toContain('"Kit list" as Appendix D, but the heading is Appendix C');
  });

  it("reports both in a Word document whose contents field is plain paragraphs", () => {
    const doc = wordDocument(word(swapped));
    expect(found(run(contentsMismatch, doc), doc)).toEqual([
      "Appendix C – Incident form",
      "Appendix D – Kit list",
    ]);
  });

  it("reads annexes numbered and schedules lettered alike", () => {
    const annex = markdownDocument(markdown(swapped, PARTS, "Annex", "12345"));
    expect(run(contentsMismatch, annex).map((r) => r.message)[0]).toContain(
      "as Annex 3, but the heading is Annex 4",
    );
    const schedule = markdownDocument(markdown(swapped, PARTS, "Schedule"));
    const schedules = run(contentsMismatch, schedule).map((r) => r.message);
    expect(schedules).toHaveLength(2);
    expect(schedules[1]).toContain("the list has Schedules C and D the other way round");
  });

  it("reads an appendix taken out but still listed as one slip that moved the labels after it", () => {
    const listed = ["Useful numbers", "Our welfare team", "Minibus rota", "Incident form", "Coach checks"];
    const carried = ["Useful numbers", "Our welfare team", "Incident form", "Coach checks"];
    // Under a "Contents" title: an untitled list naming an appendix the document does not carry is no contents list.
    const doc = markdownDocument(markdown(listed, carried).replace("<!-- toc -->", "**Contents**"));
    expect(run(contentsMismatch, doc).map((r) => r.message)).toEqual([
      'The contents list has "Appendix C – Minibus rota", but no heading in the policy is called that, and the entries after it are numbered one higher than their headings — update the contents list, or rename the heading to match',
    ]);
  });

  it("near miss: labels and titles that agree", () => {
    expect(run(contentsMismatch, markdownDocument(markdown(PARTS)))).toEqual([]);
    expect(run(contentsMismatch, wordDocument(word(PARTS)))).toEqual([]);
  });

  it("near miss: a list naming an appendix the document does not carry is no contents list", () => {
    const listed = [...swapped.slice(0, 4), "Minibus rota"];
    expect(run(contentsMismatch, wordDocument(word(listed)))).toEqual([]);
  });
});
