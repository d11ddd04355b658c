const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a syntactically valid UUID (the id format of every entity). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
