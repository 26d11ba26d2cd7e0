/**
 * A thread that reads policy files while the main thread loads the rules (read-ahead-node.ts starts it): it
 * reads each file it is given, in order, and posts back the SourceDocument (plain data) or why it could not.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { ReadAnswer, ReadRequest } from "./read-ahead-node.js";
import { readDocument } from "./read-file-node.js";
import { Unreadable } from "./unreadable.js";

const requests = workerData as ReadRequest[];
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
