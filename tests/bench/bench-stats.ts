/** Small statistics for benchmark output. */
export function percentile(values: number[], p: number): number {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
	return sorted[index]!;
}

export const median = (values: number[]) => percentile(values, 50);

export const ms = (value: number) => `${value.toFixed(1)} ms`;
