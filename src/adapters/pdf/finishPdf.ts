/** Ends the document and collects everything pdfkit writes into one byte array. */
export function finishPdf(pdf: PDFKit.PDFDocument): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const teile: Uint8Array[] = [];
    pdf.on("data", (teil: Uint8Array) => teile.push(teil));
    pdf.on("error", reject);
    pdf.on("end", () => {
      const alles = Buffer.concat(teile);
      resolve(new Uint8Array(alles.buffer, alles.byteOffset, alles.byteLength));
    });
    pdf.end();
  });
}
