// A caller's x-request-id is kept when it is a sane token, so a request can be traced across systems.
export function requestIdFrom(header: string | string[] | undefined): string | null {
  const v = Array.isArray(header) ? header[0] : header;
  return v && /^[A-Za-z0-9._:-]{1,128}$/.test(v) ? v : null;
}
