/**
 * Sentences with slots, for browser code that gets its words from the page: "Tìm thấy {n} trang"
 * with { n: 3 }. A slot with no value is left empty.
 */
export function fillTemplate(template: string, values: Record<string, string | number | undefined>): string {
  return template.replace(/\{(\w+)\}/g, (_m, k: string) => String(values[k] ?? ''));
}
