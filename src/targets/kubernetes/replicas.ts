/**
 * How a weight becomes pod counts in `traffic: replicas`: the canary's share of the stable's
 * recorded replicas. Nearest count (halves up), but at least one canary pod above 0%, and at
 * least one stable pod below 100%, so a small weight never means "no canary" and a large one
 * never means "no stable". Splitting a weight strictly between 0 and 100 needs two pods.
 */

/** Canary and stable pod counts for one weight. */
export interface ReplicaSplit {
  readonly canary: number;
  readonly stable: number;
}

/** Splits `total` pods for `weight` percent; throws when `total` cannot hold both sides. */
export function splitReplicas(weight: number, total: number): ReplicaSplit {
  if (!Number.isInteger(total) || total < 0) throw new RangeError(`total replicas must be a whole number >= 0, got ${total}`);
  if (!(weight >= 0 && weight <= 100)) throw new RangeError(`weight must be from 0 to 100, got ${weight}`);
  if (weight > 0 && weight < 100 && total < 2)
    throw new RangeError(
      `${weight}% of ${total} replica${total === 1 ? "" : "s"} cannot keep one canary and one stable pod: traffic: replicas needs at least 2 (scale the stable Deployment, or use traffic: gateway)`,
    );
  let canary = Math.floor((total * weight) / 100 + 0.5);
  if (weight > 0) canary = Math.max(canary, 1);
  if (weight < 100) canary = Math.min(canary, total - 1);
  if (weight === 0) canary = 0;
  return { canary, stable: total - canary };
}
