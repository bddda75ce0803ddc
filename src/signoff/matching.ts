/**
 * Assigning approvers to the slots of the roles (a role needing two people has two
 * slots). When one person may fill only one role this is a bipartite matching, solved
 * with augmenting paths so that a person able to fill two roles ends up where the
 * coverage is greatest, whatever order GitHub listed the reviews in.
 */

/** A role and how many people it needs, in priority order (required roles first). */
export interface Demand {
  readonly role: string;
  readonly count: number;
  /** People able to fill the role, as keys; sorted so the result never depends on list order. */
  readonly candidates: readonly string[];
}

/**
 * People assigned to each role. With `onePerPerson`, a person fills at most one slot of
 * all; otherwise one slot per role. Slots are filled in demand order, and a slot once
 * filled stays filled while later slots are tried (a property of augmenting paths), so
 * earlier demands keep the greatest coverage possible.
 */
export function assign(demands: readonly Demand[], onePerPerson: boolean): Map<string, string[]> {
  const result = new Map<string, string[]>(demands.map((d) => [d.role, []]));
  if (!onePerPerson) {
    for (const d of demands) result.set(d.role, [...d.candidates].sort().slice(0, d.count));
    return result;
  }
  const slots = demands.flatMap((d) => Array.from({ length: d.count }, () => d));
  const candidates = slots.map((d) => [...d.candidates].sort());
  const holder = new Map<string, number>();
  const augment = (slot: number, seen: Set<string>): boolean => {
    for (const person of candidates[slot]!) {
      if (seen.has(person)) continue;
      seen.add(person);
      const current = holder.get(person);
      if (current === undefined || augment(current, seen)) {
        holder.set(person, slot);
        return true;
      }
    }
    return false;
  };
  slots.forEach((_, slot) => augment(slot, new Set()));
  for (const [person, slot] of [...holder].sort(([a], [b]) => (a < b ? -1 : 1))) result.get(slots[slot]!.role)!.push(person);
  return result;
}
