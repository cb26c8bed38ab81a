// htxpress as a library: the same functions the CLI and the job handlers call.
export { extractDocument, type ExtractInput, type ExtractResult } from './extractors/document.js';
export { findMentions } from './extractors/mentions/index.js';
export { normalizeText } from './extractors/normalize.js';
export { cleanHtml, cleanPlainText } from './extractors/clean.js';
export { decodeBytes } from './extractors/encoding.js';
export { writeDataset, datasetRecords } from './dataset/write.js';
export { validateDataset } from './dataset/validate.js';
export * from './schemas/records.js';
