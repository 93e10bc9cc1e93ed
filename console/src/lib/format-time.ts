import type { Language } from '../i18n/languages';

const dateTimeFormats = new Map<Language, Intl.DateTimeFormat>();
const minuteFormats = new Map<Language, Intl.DateTimeFormat>();

function cached(map: Map<Language, Intl.DateTimeFormat>, language: Language, options: Intl.DateTimeFormatOptions) {
  let format = map.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, options);
    map.set(language, format);
  }
  return format;
}

/** A full local date and time, e.g. 2026/3/1 14:05:09 in zh-CN. */
export function formatDateTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return cached(dateTimeFormats, language, { dateStyle: 'short', timeStyle: 'medium', hour12: false }).format(date);
}

/** Hours and minutes only, for chart axes. */
export function formatMinute(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return cached(minuteFormats, language, { hour: '2-digit', minute: '2-digit', hour12: false }).format(date);
}
