/**
 * Ids for things a user makes on the device (attempts, plans, saved profiles): unique
 * enough for one person's storage, short enough to read in an exported file.
 */
export function newId(): string {
  const random = new Uint32Array(2);
  globalThis.crypto.getRandomValues(random);
  return `${Date.now().toString(36)}-${random[0]!.toString(36)}${random[1]!.toString(36)}`.slice(0, 24);
}
