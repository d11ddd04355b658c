export * from './document-data.js';
export { decisionBasisPdf } from './decision-basis-pdf.js';
export { minutesPdf, decisionSentence } from './minutes-pdf.js';
export { portfolioWorkbook } from './portfolio-workbook.js';
export { portfolioCsv } from './portfolio-csv.js';
export { toSwedishCsv, type CsvValue } from '@dp/api/common';
export { statusLabel, STATUS_LABELS_SV, OUTCOME_LABELS_SV, OUTCOME_VERBS_SV } from './labels.js';
