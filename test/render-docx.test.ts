/** The Word renderer: opens in LibreOffice with its text, contents and headings; same input → same bytes. */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { renderDocx } from "../src/render/docx/index.js";
import { sampleDocument } from "./helpers/sample-document.js";
import { toolsAvailable } from "./helpers/tools.js";

const haveTools = toolsAvailable("Word output in LibreOffice", "soffice", "pdftotext");
const dir = mkdtempSync(join(tmpdir(), "policysmith-docx-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const part = (bytes: Uint8Array, name: string) => strFromU8(unzipSync(bytes)[name]);
const GOLDEN = fileURLToPath(new URL("golden/docx/sample-document.xml", import.meta.url));
/** One element per line, so a change shows as a readable diff. */
const normalise = (xml: string) => xml.replace(/></g, ">\n<");

describe("renderDocx", () => {
  it("writes the reviewed WordprocessingML for the sample (UPDATE_GOLDEN=1 to accept a deliberate change)", async () => {
    const xml = normalise(part(await renderDocx(sampleDocument()), "word/document.xml"));
    if (process.env.UPDATE_GOLDEN === "1" || !existsSync(GOLDEN)) {
      if (process.env.CI === "true")
        throw new Error(
          `golden file ${GOLDEN} is missing — run UPDATE_GOLDEN=1 npx vitest run test/render-docx.test.ts and commit it`,
        );
      mkdirSync(dirname(GOLDEN), { recursive: true });
      writeFileSync(GOLDEN, xml);
    }
    expect(xml).toBe(readFileSync(GOLDEN, "utf8"));
  });

  it("gives identical bytes for identical input, even within one process", async () => {
    const a = await renderDocx(sampleDocument());
    const b = await renderDocx(sampleDocument());
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it("writes real heading styles, properties from the policy and no clock time", async () => {
    const bytes = await renderDocx(sampleDocument());
    const document = part(bytes, "word/document.xml");
    expect(document).toContain('<w:pStyle w:val="Heading1"/>');
    expect(document).toContain('<w:pStyle w:val="Heading2"/>');
    expect(document).toContain('<w:pStyle w:val="Heading3"/>');
    expect(document).toContain("<w:tblHeader/>");
    const core = part(bytes, "docProps/core.xml");
    expect(core).toContain("2025-09-15T00:00:00Z");
    expect(core).toContain("St Mary&apos;s *Little* [Stars] #1");
    const styles = part(bytes, "word/styles.xml");
    expect(styles).toContain('w:val="en-GB"');
    expect(styles).toContain('w:styleId="Heading1"');
    expect(styles).toContain('<w:style w:type="table" w:styleId="PolicyTable">');
    expect(document).toContain('<w:tblStyle w:val="PolicyTable"/>');
    // Contents entries link to bookmarks that exist.
    const anchors = [...document.matchAll(/w:anchor="([^"]+)"/g)].map((m) => m[1]);
    expect(anchors.length).toBeGreaterThanOrEqual(3);
    for (const anchor of anchors) expect(document).toContain(`w:name="${anchor}"`);
  });

  it.runIf(haveTools)(
    "opens in LibreOffice with every heading, the table, the lists and a filled contents list",
    async () => {
      const file = join(dir, "sample.docx");
      writeFileSync(file, await renderDocx(sampleDocument()));
      const lo = spawnSync(
        "soffice",
        [
          `-env:UserInstallation=file://${dir}/profile`,
          "--headless",
          "--convert-to",
          "pdf",
          "--outdir",
          dir,
          file,
        ],
        { encoding: "utf8", timeout: 180_000 },
      );
      expect(lo.status, lo.stderr).toBe(0);
      const text = spawnSync("pdftotext", ["-layout", join(dir, "sample.pdf"), "-"], {
        encoding: "utf8",
      }).stdout.replace(/\s+/g, " ");
      for (const heading of sampleDocument().headings) expect(text).toContain(heading.text);
      expect(text).toMatch(
        /Contents 1\. Purpose and scope 2\. Who is responsible 2\.1 Training 3\. Contacts/,
      );
      expect(text).toContain("Priya Marsh");
      expect(text).toContain("St Mary's *Little* [Stars] #1");
      expect(text).toContain("½ ’ – é ł ğ");
      expect(text).toMatch(/Page 1 of \d/);
      expect(text).toContain("deeper numbered");
    },
    200_000,
  );
});
