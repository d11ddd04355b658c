/**
 * Opaque keyset cursors for Relay connections: base64url of a JSON tuple of the sort key.
 * A cursor that cannot be read is refused, never silently restarted from the top.
 */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): (string | number)[] | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === arity &&
      parsed.every((p) => typeof p === 'string' || typeof p === 'number')
    ) {
      return parsed as (string | number)[];
    }
    return null;
  } catch {
    return null;
  }
}
