/**
 * A "tel:" link target for a published phone number: its digits (and a leading +) without
 * separators, plus ";ext=" when the extension is numeric. Nothing is added (no guessed
 * country code): some records put a country code such as "+33" in the extension field.
 */
export function telHref(phone: string, ext: string | null): string {
  const number = phone.trim().replace(/(?!^\+)\D/g, '');
  const extension = ext?.trim() ?? '';
  return `tel:${number}${/^\d+$/.test(extension) ? `;ext=${extension}` : ''}`;
}
