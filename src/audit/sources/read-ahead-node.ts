/**
 * Reading ahead: the policy files of a small audit are read in a worker thread while the main thread loads the
 * rules, so on a machine with two cores the two overlap (a Word file's first read and the rules' first load are
 * each a good part of `audit one.docx`). A file the thread did not answer for (it failed to start, or stopped)
 * is read in this thread, as without it; what a file's reading throws is thrown here as it would be there.
 */
import { Worker } from "node:worker_threads";
import { workerFile } from "../../paths.js";
import type { SourceDocument } from "../rule.js";
import { Unreadable } from "./unreadable.js";

/** A file to read: where it is, how findings name it, the setting it belongs to. */
export interface ReadRequest {
  path: string;
  file: string;
  settingId?: string;
}

/** The worker's answer for the request at `index`. */
export type ReadAnswer =
  | { index: number; document: SourceDocument }
  | { index: number; error: { unreadable: boolean; message: string; stack?: string } };

export type DocumentReader = (target: ReadRequest) => Promise<SourceDocument>;

/**
 * Whether an audit of this many documents with this many jobs audits them in worker threads (each reading its
 * own) rather than in the main thread — the engine's rule, here so that the CLI can tell before loading it.
 */
export function auditedInWorkers(documents: number, jobs: number): boolean {
  return jobs > 1 && documents >= 2 * jobs;
}

/** How many reader threads were started in this process (tests look at it). */
export const readAheadThreads = { started: 0 };

const readHere: DocumentReader = async (target) =>
  (await import("./read-file-node.js")).readDocument(target.path, target.file, target.settingId);

/**
 * Starts reading `targets` in a worker thread now; the reader it returns gives each one's document when it is
 * there (a target not in the list is read in this thread).
 */
export function readAhead(targets: readonly ReadRequest[], file = workerFile("read")): DocumentReader {
  const answers = new Map<ReadRequest, Promise<SourceDocument>>();
  const settle: Array<{ resolve: (d: SourceDocument) => void; reject: (e: unknown) => void; done: boolean }> =
    [];
  for (const target of targets) {
    const answer = new Promise<SourceDocument>((resolve, reject) => {
      settle.push({ resolve, reject, done: false });
    });
    // A file that cannot be read may be answered before the audit asks for it: not an unhandled rejection.
    answer.catch(() => undefined);
    answers.set(target, answer);
  }
  // Whatever the thread left unanswered is read here.
  const readRest = () => {
    targets.forEach((target, index) => {
      const waiting = settle[index];
      if (waiting.done) return;
      waiting.done = true;
      readHere(target).then(waiting.resolve, waiting.reject);
    });
  };
  let worker: Worker;
  try {
    worker = new Worker(file, {
      workerData: targets.map(({ path, file, settingId }) => ({ path, file, settingId })),
    });
    readAheadThreads.started++;
  } catch {
    readRest();
    return (target) => answers.get(target) ?? readHere(target);
  }
  worker.on("message", (answer: ReadAnswer) => {
    const waiting = settle[answer.index];
    if (!waiting || waiting.done) return;
    waiting.done = true;
    if ("document" in answer) waiting.resolve(answer.document);
    else {
      const error = answer.error.unreadable
        ? new Unreadable(answer.error.message)
        : new Error(answer.error.message);
      if (!answer.error.unreadable && answer.error.stack) error.stack = answer.error.stack;
      waiting.reject(error);
    }
  });
  worker.on("error", readRest);
  worker.on("exit", readRest);
  return (target) => answers.get(target) ?? readHere(target);
}
