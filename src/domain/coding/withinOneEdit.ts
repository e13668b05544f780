/**
 * Whether two words differ by at most one edit: one letter replaced, inserted, deleted, or two
 * neighbouring letters swapped ("Whonung" for "Wohnung"). Linear time, for typo tolerance.
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length && i === b.length) return true;
  const [restA, restB] = [a.slice(i + 1), b.slice(i + 1)];
  if (a.length === b.length) {
    const swapped = a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
    return restA === restB || swapped;
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
