/** Read / immutably write a value at a dotted path ("sources.0.url") of plain objects and arrays. */
export function getIn(value: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node == null ? undefined : (node as Record<string, unknown>)[key]), value);
}

export function setIn<T>(value: T, path: string, next: unknown): T {
  const [head, ...rest] = path.split('.');
  const key = head!;
  const node = (value ?? (/^\d+$/.test(key) ? [] : {})) as Record<string, unknown> | unknown[];
  const child = rest.length ? setIn((node as Record<string, unknown>)[key], rest.join('.'), next) : next;
  if (Array.isArray(node)) {
    const copy = [...node];
    copy[Number(key)] = child;
    return copy as T;
  }
  return { ...node, [key]: child } as T;
}
