/**
 * The appellant's url when it is safe to offer as a link: http or https only, so a `javascript:`
 * or `data:` url typed by a party never runs in a reviewer's session.
 */
export function attachmentLink(url: string | undefined): string | null {
  if (url === undefined) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
