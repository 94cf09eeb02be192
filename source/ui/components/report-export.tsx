// "Export report": shows exactly what will be shared, says what the key scan found, and writes
// the file only when the scan is clean.
import {Box, Text} from 'ink';
import {useState} from 'react';
import type {PreparedReport, WriteOutcome} from '../../report/write-report.js';
import {describeFindings} from '../../report/scan.js';
import {useRoleColour, useTheme} from '../theme-context.js';
import {Menu} from './menu.js';

export interface ReportExporter {
  /** Where the report will go, shown before anything is written. */
  path: string;
  write(text: string): Promise<WriteOutcome>;
}

export function ReportExport({
  report,
  exporter,
  onDone,
  onWritten,
}: {
  report: PreparedReport;
  exporter: ReportExporter;
  onDone: () => void;
  /** Told the path once the file is on disk: a change the closing line must name. */
  onWritten?: (path: string) => void;
}) {
  const [outcome, setOutcome] = useState<WriteOutcome | 'writing' | null>(null);
  const muted = useRoleColour('muted');
  const success = useRoleColour('success');
  const failure = useRoleColour('failure');
  const {emphasis} = useTheme();

  const back = {key: 'back', label: 'Back to the wizard', value: 'back'};
  const items =
    report.safe && outcome === null
      ? [{key: 'write', label: `Write it to ${exporter.path}`, value: 'write'}, back]
      : [back];

  return (
    <Box flexDirection="column">
      <Text bold={emphasis}>This is exactly what the report will contain:</Text>
      <Box flexDirection="column" borderStyle="single" paddingX={1}>
        {report.text.split('\n').map((line, index) => (
          <Text key={index} color={muted}>
            {line || ' '}
          </Text>
        ))}
      </Box>
      {report.safe ? (
        <Text color={success}>✓ Scanned for key-shaped text: none found.</Text>
      ) : (
        <Text
          color={failure}
        >{`✗ Refused: the report holds ${describeFindings(report.findings)}. Nothing will be written.`}</Text>
      )}
      {outcome !== null && outcome !== 'writing' ? (
        outcome.ok ? (
          <Text
            color={success}
          >{`✓ Report written to ${outcome.path}. Paste it into a forum post or a GitHub issue.`}</Text>
        ) : (
          <Text color={failure}>{`✗ ${outcome.message}`}</Text>
        )
      ) : null}
      <Box marginTop={1}>
        <Menu
          items={items}
          onSelect={(item) => {
            if (item.value === 'back') return onDone();
            setOutcome('writing');
            void exporter.write(report.text).then((written) => {
              if (written.ok) onWritten?.(written.path);
              setOutcome(written);
            });
          }}
        />
      </Box>
    </Box>
  );
}
