import path from 'node:path';

/**
 * The text of a PDF, read back with pdfjs-dist (Mozilla's PDF reader): one string per page,
 * text items in reading order joined by single spaces (so "Total USD 1,082.50 USD" reads as
 * printed). For tests of generated documents.
 */
export async function pdfText(bytes: Uint8Array): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const standardFontDataUrl = `${path.join(path.dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts')}/`;
  const document = await pdfjs.getDocument({
    data: new Uint8Array(bytes),
    standardFontDataUrl,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const page = await document.getPage(n);
    const content = await page.getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str : ''))
        .filter((s) => s.trim().length > 0)
        .join(' ')
        .replace(/\s+/g, ' '),
    );
  }
  await document.destroy();
  return pages;
}

/** The whole text of a PDF as one string. */
export async function pdfAllText(bytes: Uint8Array): Promise<string> {
  return (await pdfText(bytes)).join('\n');
}
