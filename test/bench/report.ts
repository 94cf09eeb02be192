// The bench's arithmetic and its two output forms, kept apart from the measuring so they can be
// tested without timing anything.

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** A measure compared with a reference, and the target the README sets for the ratio or value. */
export interface Row {
  measure: string;
  value: number;
  unit: 'ms' | 'MiB' | 'MB' | 'files' | 'deps';
  /** What the value is compared with (bare node, the slowest check), when anything. */
  reference?: {label: string; value: number};
  /** The most the ratio (with a reference) or the value (without) may be. */
  target?: number;
  /** Runs behind the medians. */
  runs?: number;
}

export interface BenchReport {
  node: string;
  platform: string;
  cpus: number;
  loadAverage: number;
  rows: Row[];
}

export function ratioOf(row: Row): number | null {
  return row.reference && row.reference.value > 0 ? row.value / row.reference.value : null;
}

export function meetsTarget(row: Row): boolean | null {
  if (row.target === undefined) return null;
  const compared = ratioOf(row) ?? row.value;
  return compared <= row.target;
}

function number(value: number, unit: Row['unit']): string {
  const digits = unit === 'MB' ? 2 : unit === 'MiB' ? 1 : 0;
  return `${value.toFixed(digits)} ${unit}`;
}

export function toMarkdown(report: BenchReport): string {
  const lines = [
    `Node ${report.node} on ${report.platform}, ${report.cpus} cores, load average ${report.loadAverage.toFixed(2)} at the start.`,
    '',
    '| measure | median | compared with | ratio | target | met |',
    '|---|---|---|---|---|---|',
  ];
  for (const row of report.rows) {
    const ratio = ratioOf(row);
    const target =
      row.target === undefined ? '' : ratio === null ? `≤ ${row.target}` : `≤ ${row.target}×`;
    const met = meetsTarget(row);
    lines.push(
      `| ${row.measure} | ${number(row.value, row.unit)} | ${
        row.reference ? `${row.reference.label}: ${number(row.reference.value, row.unit)}` : ''
      } | ${ratio === null ? '' : `${ratio.toFixed(2)}×`} | ${target} | ${
        met === null ? '' : met ? 'yes' : '**no**'
      } |`,
    );
  }
  return lines.join('\n') + '\n';
}

export function toJson(report: BenchReport): string {
  return (
    JSON.stringify(
      {
        ...report,
        rows: report.rows.map((row) => ({...row, ratio: ratioOf(row), met: meetsTarget(row)})),
      },
      null,
      2,
    ) + '\n'
  );
}
