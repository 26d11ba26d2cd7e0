/**
 * Real-client tests need LibreOffice, poppler and qpdf. Where a tool is missing they are skipped with a
 * loud warning on a developer's machine, and fail in CI (CI=true): never a silent skip in CI.
 */
import { execFile, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

export function hasTool(command: string): boolean {
  const result = spawnSync("sh", ["-c", `command -v ${command}`], { encoding: "utf8" });
  return result.status === 0;
}

/** Any CI value but "false" or "0" means CI (GitHub sets "true", others "1" or a name): never skip there. */
export function inCI(): boolean {
  const ci = process.env.CI?.trim().toLowerCase();
  return !!ci && ci !== "false" && ci !== "0";
}

/** True when every tool is present. Otherwise warns (or, in CI, throws) and returns false. */
export function toolsAvailable(purpose: string, ...commands: string[]): boolean {
  const missing = commands.filter((c) => !hasTool(c));
  if (missing.length === 0) return true;
  const message = `${purpose}: ${missing.join(", ")} not installed — install libreoffice-writer-nogui, libreoffice-calc-nogui, poppler-utils and qpdf (see README). These tests are SKIPPED.`;
  if (inCI()) throw new Error(`CI is set and ${message.replace(" These tests are SKIPPED.", "")}`);
  console.warn(`\n!!! ${message}\n`);
  return false;
}

/**
 * Converts files with LibreOffice in one headless call (one call for many files: each start costs seconds),
 * with a profile of its own under `outDir`, so parallel tests never share one. Returns the call's result;
 * callers assert `status` 0 with `stderr` as the message.
 */
export function convertWithLibreOffice(
  files: readonly string[],
  to: string,
  outDir: string,
  timeout = 300_000,
): { status: number | null; stderr: string } {
  const result = spawnSync("soffice", sofficeArgs(files, to, outDir), { encoding: "utf8", timeout });
  return { status: result.status, stderr: result.stderr };
}

/** soffice's arguments: a profile of its own in the output folder (parallel runs do not share one), headless. */
function sofficeArgs(files: readonly string[], to: string, outDir: string): string[] {
  return [
    `-env:UserInstallation=file://${outDir}/profile`,
    "--headless",
    "--convert-to",
    to,
    "--outdir",
    outDir,
    ...files,
  ];
}

/**
 * convertWithLibreOffice without blocking the test's worker (`env` adds to the environment): a conversion can take minutes on a loaded machine,
 * and a worker that does not answer vitest for that long fails the run ("Timeout calling onTaskUpdate").
 */
export function convertWithLibreOfficeAsync(
  files: readonly string[],
  to: string,
  outDir: string,
  timeout = 300_000,
  env: Record<string, string> = {},
): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      "soffice",
      sofficeArgs(files, to, outDir),
      {
        encoding: "utf8",
        timeout,
        killSignal: "SIGKILL",
        maxBuffer: 16 * 1024 * 1024,
        env: { ...process.env, ...env },
      },
      (error, _stdout, stderr) => {
        const status = error ? (typeof error.code === "number" ? error.code : null) : 0;
        resolve({ status, stderr: error && status === null ? `${stderr}\n${error.message}` : stderr });
      },
    );
  });
}

/**
 * What to do with an open document, in order: write it with a filter (PDF tagged or not; `options` are the filter's
 * options, as after the colon of `--convert-to`, e.g. a CSV's separators and which sheets), or update its indexes.
 */
export type OfficeStep =
  | { write: string; filter: string; taggedPdf?: boolean; options?: string }
  | { updateIndexes: true };

/** One document for runLibreOffice: opened hidden, its steps run in order, then closed. */
export interface OfficeJob {
  input: string;
  steps: OfficeStep[];
}

/**
 * Runs every job in ONE LibreOffice start (each start costs seconds of CPU), where `--convert-to` needs a start
 * per output format: a Basic macro of our own opens each document, writes it with each filter (a tagged PDF, a
 * flat ODT …) or updates its indexes (Tools → Update → Update All), and closes it. The profile lives in `dir`
 * (parallel runs never share one) and is made here, already marked as set up (ooSetupInstCompleted) so that
 * LibreOffice keeps our Basic library instead of copying its empty one over it. A Basic error stops the run and
 * comes back in `stderr` with the step it failed on; callers assert `status` 0 with `stderr` as the message.
 */
export function runLibreOffice(
  jobs: readonly OfficeJob[],
  dir: string,
  timeout = 300_000,
): Promise<{ status: number | null; stderr: string }> {
  const user = join(dir, "profile", "user");
  const basic = join(user, "basic");
  mkdirSync(join(basic, "Standard"), { recursive: true });
  writeFileSync(join(user, "registrymodifications.xcu"), SET_UP_PROFILE);
  writeFileSync(join(basic, "script.xlc"), libraryList());
  writeFileSync(join(basic, "dialog.xlc"), libraryList());
  writeFileSync(join(basic, "Standard", "script.xlb"), library(["Jobs"]));
  writeFileSync(join(basic, "Standard", "dialog.xlb"), library([]));
  writeFileSync(join(basic, "Standard", "Jobs.xba"), basicModule("Jobs", JOBS_MACRO));
  const url = (path: string) => pathToFileURL(path).href;
  const lines = jobs.flatMap((job) => [
    `open\t${url(job.input)}`,
    ...job.steps.map((step) =>
      "updateIndexes" in step
        ? "update"
        : `write\t${url(step.write)}\t${step.filter}\t${step.taggedPdf ? "tagged" : ""}\t${step.options ?? ""}`,
    ),
    "close",
  ]);
  const jobFile = join(dir, "libreoffice-jobs.txt");
  const errorFile = `${jobFile}.error`;
  rmSync(errorFile, { force: true });
  writeFileSync(jobFile, `${lines.join("\n")}\n`);
  const args = [
    `-env:UserInstallation=${url(join(dir, "profile"))}`,
    "--headless",
    `macro:///Standard.Jobs.Run("${jobFile}")`,
  ];
  return new Promise((resolve) => {
    execFile(
      "soffice",
      args,
      { encoding: "utf8", timeout, killSignal: "SIGKILL", maxBuffer: 16 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        let status = error ? (typeof error.code === "number" ? error.code : null) : 0;
        let message = error && status === null ? `${stderr}\n${error.message}` : stderr;
        if (existsSync(errorFile)) {
          status = status || 1;
          message = `${message}\nthe LibreOffice macro failed: ${readFileSync(errorFile, "utf8")}`;
        }
        resolve({ status, stderr: message });
      },
    );
  });
}

/** The first-start flag of a LibreOffice profile: set, LibreOffice copies none of its presets over ours. */
const SET_UP_PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/Office"><prop oor:name="ooSetupInstCompleted" oor:op="fuse"><value>true</value></prop></item>
</oor:items>
`;

/** A profile's list of Basic libraries (script.xlc, dialog.xlc): only "Standard". */
const libraryList = () =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE library:libraries PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "libraries.dtd">\n<library:libraries xmlns:library="http://openoffice.org/2000/library" xmlns:xlink="http://www.w3.org/1999/xlink">\n <library:library library:name="Standard" library:link="false"/>\n</library:libraries>\n`;
/** The "Standard" library's index of modules (script.xlb) or dialogs (dialog.xlb). */
const library = (modules: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE library:library PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "library.dtd">\n<library:library xmlns:library="http://openoffice.org/2000/library" library:name="Standard" library:readonly="false" library:passwordprotected="false">\n${modules.map((m) => ` <library:element library:name="${m}"/>\n`).join("")}</library:library>\n`;
const basicModule = (name: string, source: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">\n<script:module xmlns:script="http://openoffice.org/2000/script" script:name="${name}" script:language="StarBasic">${source.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;")}</script:module>\n`;

/** The job file's lines: "open\tURL", "write\tURL\tFILTER\ttagged?\tOPTIONS?", "update", "close". */
const JOBS_MACRO = `
Sub Run(jobFile As String)
  Dim doc As Object, fields, jobLine As String, problem As String, n As Integer, e As Integer
  Dim hidden(0) As New com.sun.star.beans.PropertyValue
  hidden(0).Name = "Hidden"
  hidden(0).Value = True
  Dim tagged(0) As New com.sun.star.beans.PropertyValue
  tagged(0).Name = "UseTaggedPDF"
  tagged(0).Value = True
  Dim plain(0) As New com.sun.star.beans.PropertyValue
  plain(0).Name = "FilterName"
  Dim withOptions(1) As New com.sun.star.beans.PropertyValue
  withOptions(0).Name = "FilterName"
  withOptions(1).Name = "FilterOptions"
  Dim withData(1) As New com.sun.star.beans.PropertyValue
  withData(0).Name = "FilterName"
  withData(1).Name = "FilterData"
  withData(1).Value = tagged()
  On Error GoTo Failed
  n = FreeFile
  Open jobFile For Input As #n
  Do While Not EOF(n)
    Line Input #n, jobLine
    fields = Split(jobLine, Chr(9))
    Select Case fields(0)
      Case "open"
        doc = StarDesktop.loadComponentFromURL(fields(1), "_blank", 0, hidden())
        If IsNull(doc) Then
          problem = "LibreOffice could not open it"
          GoTo Failed
        End If
      Case "write"
        If fields(3) = "tagged" Then
          withData(0).Value = fields(2)
          doc.storeToURL(fields(1), withData())
        ElseIf fields(4) <> "" Then
          withOptions(0).Value = fields(2)
          withOptions(1).Value = fields(4)
          doc.storeToURL(fields(1), withOptions())
        Else
          plain(0).Value = fields(2)
          doc.storeToURL(fields(1), plain())
        End If
      Case "update"
        indexes = doc.getDocumentIndexes()
        For i = 0 To indexes.getCount() - 1
          indexes.getByIndex(i).update()
        Next i
      Case "close"
        doc.close(True)
        doc = Nothing
    End Select
  Loop
  Close #n
  Exit Sub
Failed:
  On Error Resume Next
  e = FreeFile
  Open jobFile & ".error" For Output As #e
  Print #e, "at '" & jobLine & "': " & problem & Error$ & " (Basic error " & Err & ")"
  Close #e
  If Not IsNull(doc) Then doc.close(True)
End Sub
`;
