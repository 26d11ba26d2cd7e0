/**
 * A thread that reads policy files while the main thread loads the rules (read-ahead-node.ts starts it): it
 * reads each file it is given, in order, and posts back the SourceDocument (plain data) or why it could not.
 * Started before its files are known (prestartReader), it loads the readers of the formats it is told, reads the
 * files when they come in a message, and then ends.
 */
// A thread of the command line's: pdf.js inflates PDFs itself here (see the module).
import "./pdf-inflate-node.js";
import { parentPort, workerData } from "node:worker_threads";
import type { SourceDocument } from "../rule.js";
import type { ReadAnswer, ReaderData, ReadRequest } from "./read-ahead-node.js";
import { readDocument } from "./read-file-node.js";
import { Unreadable } from "./unreadable.js";

async function readAll(requests: readonly ReadRequest[]): Promise<void> {
  for (const [index, { path, file, settingId }] of requests.entries()) {
    let answer: ReadAnswer;
    try {
      answer = { index, document: await readDocument(path, file, settingId) };
    } catch (error) {
      answer = {
        index,
        error: {
          unreadable: error instanceof Unreadable,
          message: error instanceof Error ? error.message : String(error),
          stack: error instanceof Error ? error.stack : undefined,
        },
      };
    }
    parentPort?.postMessage(answer);
  }
}

/** The modules read-bytes.ts loads for a file of each format, loaded before the file comes. */
const READERS: Record<SourceDocument["format"], () => Array<Promise<unknown>>> = {
  docx: () => [import("./docx.js"), import("./html-text.js")],
  pdf: () => [import("./pdf.js")],
  md: () => [import("./source-text.js")],
  txt: () => [import("./source-text.js")],
  html: () => [import("./html-text.js")],
};

const data = workerData as ReaderData;
if (Array.isArray(data)) await readAll(data);
else {
  parentPort?.once("message", (requests: ReadRequest[]) => {
    void readAll(requests).then(() => parentPort?.close());
  });
  // Loading failures are left to the reading, which reports them for each file as it always does.
  await Promise.allSettled(data.formats.flatMap((format) => READERS[format]()));
}
