/** The shape of a message tree with every leaf a string: what the English side must match. */
export type MessagesLike<T> = { [K in keyof T]: T[K] extends string ? string : MessagesLike<T[K]> };

/**
 * Declares one namespace of messages in both languages. The Chinese tree is the reference; the
 * English one must have exactly the same keys, so a missing translation fails the type check.
 */
export function defineMessages<T extends object>(zhCN: T, en: MessagesLike<T>) {
  return { 'zh-CN': zhCN, en } as const;
}
