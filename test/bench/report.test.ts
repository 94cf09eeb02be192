import {describe, expect, test} from 'vitest';
import {type BenchReport, median, meetsTarget, toJson, toMarkdown} from './report.js';

describe('bench report', () => {
  test('median of odd and even counts', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  test('a target applies to the ratio when there is a reference, else to the value', () => {
    expect(
      meetsTarget({
        measure: 'x',
        value: 130,
        unit: 'ms',
        reference: {label: 'bare', value: 100},
        target: 1.3,
      }),
    ).toBe(true);
    expect(
      meetsTarget({
        measure: 'x',
        value: 131,
        unit: 'ms',
        reference: {label: 'bare', value: 100},
        target: 1.3,
      }),
    ).toBe(false);
    expect(meetsTarget({measure: 'rss', value: 91, unit: 'MiB', target: 90})).toBe(false);
    expect(meetsTarget({measure: 'files', value: 9, unit: 'files'})).toBeNull();
  });

  test('Markdown table and JSON carry the same rows, ratios and verdicts', () => {
    const report: BenchReport = {
      node: 'v20.0.0',
      platform: 'linux x64',
      cpus: 2,
      loadAverage: 3.5,
      rows: [
        {
          measure: '`--version`',
          value: 60,
          unit: 'ms',
          reference: {label: 'bare node', value: 50},
          target: 1.3,
          runs: 10,
        },
        {measure: 'tarball', value: 0.5, unit: 'MB', target: 1},
      ],
    };
    const table = toMarkdown(report);
    expect(table).toContain('| `--version` | 60 ms | bare node: 50 ms | 1.20× | ≤ 1.3× | yes |');
    expect(table).toContain('| tarball | 0.50 MB |  |  | ≤ 1 | yes |');
    const json = JSON.parse(toJson(report));
    expect(json.rows[0]).toMatchObject({ratio: 1.2, met: true});
    expect(json.rows[1]).toMatchObject({ratio: null, met: true});
  });
});
