/**
 * Text made safe where we write markup or script data by hand (SVG, .docx XML, the embed snippet,
 * JSON inside <script>). Astro escapes what pages render; these are for the strings we build.
 */

const XML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text for XML or HTML, in element content or a quoted attribute: & < > " ' escaped. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => XML[c]!);
}

/**
 * JSON that is safe inside <script type="application/json">: "</script>", "<!--" and the line
 * separators U+2028/2029 cannot end or confuse the element, whatever the data holds.
 */
export function safeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
