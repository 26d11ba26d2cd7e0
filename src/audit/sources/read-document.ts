/**
 * The document readers in one place, for the library and tests: a file by its path (read-file-node.ts), bytes in any
 * supported format (read-bytes.ts), text already in hand (source-text.ts). The CLI imports the first two
 * directly, so that it loads the Markdown reader only for Markdown.
 */
export {
  DOCUMENT_EXTENSIONS,
  documentFormat,
  MAX_DOCUMENT_BYTES,
  readDocumentBytes,
} from "./read-bytes.js";
export { readDocument } from "./read-file-node.js";
export { MAX_MARKDOWN_NESTING, sourceText } from "./source-text.js";
