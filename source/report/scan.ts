// The pre-share scan: the last look at a report before it leaves this machine. It reports where
// something key-shaped sits and of which kind, never the characters themselves.
import {findKeyShapes} from '../core/secrets.js';

export interface KeyFinding {
  /** The kind of key the shape resembles: its provider's id, `token` or `secret`. */
  name: string;
  /** 1-based line of the report. */
  line: number;
}

export function scanReportForKeys(report: string): KeyFinding[] {
  // Read as rendered: a key with an escaped underscore or an entity in it is still that key.
  const text = report
    .replace(/\\([\\`*[\]|!~_])/g, '$1')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  const findings: KeyFinding[] = [];
  let end = -1;
  // Shapes overlap (an Anthropic key is also `sk-…`): one finding per place, the first shape's.
  for (const hit of findKeyShapes(text)) {
    if (hit.index < end) continue;
    end = hit.index + hit.length;
    findings.push({name: hit.name, line: text.slice(0, hit.index).split('\n').length});
  }
  return findings;
}

export function describeFindings(findings: readonly KeyFinding[]): string {
  const places = findings
    .slice(0, 5)
    .map((finding) => `${finding.name} on line ${finding.line}`)
    .join(', ');
  const more = findings.length > 5 ? ` and ${findings.length - 5} more` : '';
  return `${findings.length} key-shaped string${findings.length === 1 ? '' : 's'} (${places}${more})`;
}
