import type { SellerDetails } from '../config';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const URL_PATTERN = /https?:\/\/[^\s<>"']+/g;

/** One line of the text part as HTML: escaped, with its web addresses as links. */
function lineHtml(line: string): string {
  let html = '';
  let last = 0;
  for (const match of line.matchAll(URL_PATTERN)) {
    const url = match[0].replace(/[.,;:)]+$/, '');
    const start = match.index;
    html += escapeHtml(line.slice(last, start));
    html += `<a href="${escapeHtml(url)}" style="color:#1c7ed6">${escapeHtml(url)}</a>`;
    last = start + url.length;
  }
  return html + escapeHtml(line.slice(last));
}

/**
 * The HTML part of an e-mail, made from its text part (so both always say the same): the
 * seller's name as the header, one paragraph per block of lines, links clickable, and the
 * seller's contact in the footer.
 */
export function mailHtml(subject: string, text: string, seller: SellerDetails): string {
  const paragraphs = text
    .split(/\n{2,}/)
    .map((block) => `<p style="margin:0 0 14px">${block.split('\n').map(lineHtml).join('<br>')}</p>`)
    .join('\n');
  return [
    '<!doctype html>',
    `<html><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="margin:0;padding:24px;background:#f1f3f5;font-family:Helvetica,Arial,sans-serif;color:#212529">',
    '<div style="max-width:600px;margin:0 auto;background:#fff;border-radius:6px;overflow:hidden">',
    `<div style="background:#1c7ed6;color:#fff;padding:14px 20px;font-size:18px;font-weight:bold">${escapeHtml(seller.name)}</div>`,
    `<div style="padding:20px;font-size:14px;line-height:1.5">\n${paragraphs}\n</div>`,
    `<div style="padding:12px 20px;font-size:12px;color:#868e96;border-top:1px solid #e9ecef">${escapeHtml(
      [seller.name, ...seller.addressLines].join(' · '),
    )}<br>${escapeHtml(seller.email)}</div>`,
    '</div></body></html>',
  ].join('\n');
}
