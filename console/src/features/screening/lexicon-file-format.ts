import { type LexiconFormat, lexiconFormats } from './lexicons.api';

/** The import format a file name suggests (words.csv → csv); undefined when the extension says nothing. */
export function formatOfFile(fileName: string): LexiconFormat | undefined {
  const extension = fileName.toLowerCase().split('.').pop() ?? '';
  return lexiconFormats.find((format) => format === extension);
}
