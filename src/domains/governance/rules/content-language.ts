// Cases go to reviewers who read their language. Screened content carries no language tag, so
// it is read off the text: Chinese characters weigh as much as a short English word each.

const LATIN_LETTERS_PER_HAN = 4;

export type ContentLanguage = 'zh' | 'en' | 'und';

function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}

function isLatinLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

export function contentLanguageOf(text: string): ContentLanguage {
  let han = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isHan(c)) han++;
    else if (isLatinLetter(c)) latin++;
  }
  if (han > 0 && han * LATIN_LETTERS_PER_HAN >= latin) return 'zh';
  if (latin > 0) return 'en';
  return 'und';
}
