// pandoc and LibreOffice as people run them from a script: one process per document — pandoc makes the Word
// and HTML versions from the filled policy's Markdown (with its contents list, --toc), and LibreOffice makes
// the PDF from pandoc's Word file (soffice --convert-to pdf). Each LibreOffice process gets a profile folder
// of its own, so two can run at once.
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

const found = (command, args) => {
  const run = spawnSync(command, args, { encoding: "utf8" });
  return run.status === 0 ? run.stdout.split("\n")[0] : undefined;
};
/** "pandoc 2.17.1.1", or undefined when pandoc is not installed. */
export const pandocVersion = () => found("pandoc", ["--version"]);
/** "LibreOffice 7.4…", or undefined when soffice is not installed. */
export const libreOfficeVersion = () => found("soffice", ["--version"]);

const run = (command, args) => {
  const child = spawnSync(command, args, { encoding: "utf8" });
  if (child.status !== 0) throw new Error(`${command} ${args.join(" ")} failed:\n${child.stderr}`);
};

/** pandoc: policy.md → policy.docx (with a contents list). */
export function pandocDocx(markdownFile, title) {
  const out = markdownFile.replace(/\.md$/, ".docx");
  run("pandoc", [markdownFile, "--toc", "--metadata", `title=${title}`, "-o", out]);
  return out;
}

/** pandoc: policy.md → a standalone policy.html (with a contents list). */
export function pandocHtml(markdownFile, title) {
  const out = markdownFile.replace(/\.md$/, ".html");
  run("pandoc", [markdownFile, "--standalone", "--toc", "--metadata", `title=${title}`, "-o", out]);
  return out;
}

/** LibreOffice: policy.docx → policy.pdf, in a process of its own with the profile in `profile`. */
export function libreOfficePdf(docxFile, profile) {
  mkdirSync(profile, { recursive: true });
  run("soffice", [
    `-env:UserInstallation=${pathToFileURL(profile).href}`,
    "--headless",
    "--convert-to",
    "pdf",
    "--outdir",
    dirname(docxFile),
    docxFile,
  ]);
  return join(dirname(docxFile), basename(docxFile).replace(/\.docx$/, ".pdf"));
}
