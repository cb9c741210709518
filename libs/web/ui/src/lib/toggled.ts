/**
 * A copy of `set` with `item` in it (`on`) or not; without `on`, the item's presence flips (a row's checkbox in a
 * selection held in a signal, which wants a new set to notice the change).
 */
export function toggled<T>(set: ReadonlySet<T>, item: T, on = !set.has(item)): ReadonlySet<T> {
  const next = new Set(set);
  if (on) next.add(item);
  else next.delete(item);
  return next;
}
