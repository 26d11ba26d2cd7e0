/**
 * The audit's time grows in step with the document, never with its square: a document a hundred times larger
 * takes at most a couple of hundred times longer (a ratio, never a wall time, so a loaded machine cannot fail
 * it). The inputs are the shapes that were quadratic: a lead sentence repeated on lines that plain text joins
 * into one, review labels along one line, many mentions per line, one huge Markdown paragraph.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { ActiveRule } from "../src/audit/config.js";
import { auditDocument } from "../src/audit/engine.js";
import { rules } from "../src/audit/rules/index.js";
import { loadSettingTypes } from "../src/data/setting-types.js";

const dir = mkdtempSync(join(tmpdir(), "policysmith-audit-scale-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const active: ActiveRule[] = rules.map((rule) => ({
  rule,
  severity: rule.meta.defaultSeverity,
  options: { ...(rule.meta.defaultOptions ?? {}) },
}));

/** A page of policy-like text: headings, leads named and unnamed, training, review dates, a table, links. */
const PAGE = [
  "## 3. Our safeguarding leads",
  "",
  "Our Designated Safeguarding Lead is Jane Smith, who can be reached by phone.",
  "The Designated Safeguarding Lead must act quickly.",
  "Tom Okafor is our Deputy Designated Safeguarding Lead and attended training on 1 May 2020.",
  "Designated Safeguarding Lead:",
  "Next review date: 1 September 2027. This policy will be reviewed by the governors.",
  "- Safeguarding training – January 2018",
  "See section 4.2 Allegations against staff, and [the guidance](https://www.gov.uk/guidance).",
  "",
  "| Name | Role | Course | Completed |",
  "| - | - | - | - |",
  "| Jane Smith | Designated safeguarding lead | Designated Safeguarding Lead training | 1 May 2020 |",
  "",
].join("\n");

function document(name: string, bytes: number, wrap: (page: string) => string): string {
  const unit = wrap(PAGE);
  const path = join(dir, name);
  writeFileSync(path, unit.repeat(Math.ceil(bytes / unit.length)));
  return path;
}

async function secondsToAudit(path: string): Promise<number> {
  const settingTypes = await loadSettingTypes();
  const partnership = { name: "", areas: [], courses: [], source: "partnership.yaml" };
  const started = performance.now();
  await auditDocument(
    { path, file: path },
    { rules: active, asOf: "2026-12-01", partnership, settingTypes },
    new Map(),
  );
  return (performance.now() - started) / 1000;
}

/** time(large) / time(small), the small one measured warm and at its quickest of three. */
async function ratio(small: string, large: string): Promise<number> {
  await secondsToAudit(small);
  const quick = Math.min(
    await secondsToAudit(small),
    await secondsToAudit(small),
    await secondsToAudit(small),
  );
  return (await secondsToAudit(large)) / Math.max(quick, 0.001);
}

const KB = 1024;
const MB = 1024 * KB;
const asHtml = (page: string) =>
  page
    .split("\n")
    .map((line) => `<p>${line.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`)
    .join("");

/** Plain text whose lines the reader joins into one paragraph (no blank line anywhere). */
const LEAD_LINES =
  "The Designated Safeguarding Lead must act quickly.\nJane Smith is our Designated Safeguarding Lead.\n";
/** Review labels along one line, each once searched to the end of the line for its date. */
const REVIEW_LINE = "Next review date: 1 September 2027. This policy will be reviewed by the governors. ";

describe("audit time is linear in the document", () => {
  it("plain text with no blank line: 5 MB within 200 times 50 KB", { timeout: 300_000 }, async () => {
    const r = await ratio(
      document("small.txt", 50 * KB, () => LEAD_LINES),
      document("large.txt", 5 * MB, () => LEAD_LINES),
    );
    expect(r).toBeLessThan(200);
  });

  it("plain text on one line: 5 MB within 200 times 50 KB", { timeout: 300_000 }, async () => {
    const r = await ratio(
      document("small-line.txt", 50 * KB, () => REVIEW_LINE),
      document("large-line.txt", 5 * MB, () => REVIEW_LINE),
    );
    expect(r).toBeLessThan(200);
  });

  it("a policy in HTML: 5 MB within 200 times 50 KB", { timeout: 300_000 }, async () => {
    const r = await ratio(document("small.html", 50 * KB, asHtml), document("large.html", 5 * MB, asHtml));
    expect(r).toBeLessThan(200);
  });

  it("a policy in Markdown: 1 MB within 200 times 10 KB", { timeout: 300_000 }, async () => {
    // The Markdown parser (remark) reads about 200 KB a second: 1 MB keeps the test short.
    const r = await ratio(
      document("small.md", 10 * KB, (p) => p),
      document("large.md", 1 * MB, (p) => p),
    );
    expect(r).toBeLessThan(200);
  });

  it("Markdown, one paragraph: 1 MB within 200 times 10 KB", { timeout: 300_000 }, async () => {
    // Line after line with no blank line between: one paragraph, which the Markdown parser reads in quadratic time.
    const r = await ratio(
      document("small-paragraph.md", 10 * KB, () => LEAD_LINES),
      document("large-paragraph.md", 1 * MB, () => LEAD_LINES),
    );
    expect(r).toBeLessThan(200);
  });
});
