/**
 * The base of every domain error: a stable machine code (listed in docs/errors.md), a message for
 * people, and optional details. Services throw these; only platform/http turns them into statuses.
 */
export class AppError<Code extends string = string> extends Error {
  constructor(
    readonly code: Code,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export function assertUnreachable(value: never): never {
  throw new Error(`unreachable: ${String(value)}`);
}
