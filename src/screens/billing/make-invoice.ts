// The 請求書 as a PDF and the 利用料金請求ファイル as a CSV, handed to the browser as
// downloads. The PDF layer loads on the first document, as for the applications'.
import { billCsv, billCsvFileName } from '../../domain/billing/csv';
import type { Bill, Office } from '../../domain/contract';
import { saveBytes } from '../applications/download';
import { loadPdfLayer, PdfAssetsUnavailableError } from '../applications/make-document';

export async function makeInvoicePdf(bill: Bill, office: Office): Promise<void> {
  const pdf = await loadPdfLayer();
  const doc = pdf.invoiceDocument({ bill, office });
  let font: Uint8Array;
  try {
    font = await pdf.loadFont();
  } catch (err) {
    throw new PdfAssetsUnavailableError(err);
  }
  saveBytes(await pdf.renderPdf(doc, font), doc.fileName, 'application/pdf');
}

/** UTF-8 with a BOM, so Excel reads the Japanese (docs/billing.md). */
export function downloadBillCsv(bill: Bill): void {
  saveBytes(new TextEncoder().encode(billCsv(bill)), billCsvFileName(bill), 'text/csv;charset=utf-8');
}
