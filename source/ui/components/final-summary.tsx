import {Box, Text} from 'ink';
import {closingLines, type WizardVerdict} from '../../core/wizard-verdict.js';
import {useTheme} from '../theme-context.js';

/** The last lines left on screen: the verdict and exit code, every warning, every unreached step. */
export function FinalSummary({verdict}: {verdict: WizardVerdict}) {
  const {emphasis} = useTheme();
  const [head, ...rest] = closingLines(verdict);
  return (
    <Box flexDirection="column" marginTop={1}>
      <Text bold={emphasis}>{head}</Text>
      {rest.map((line, index) => (
        <Text key={index}>{line}</Text>
      ))}
    </Box>
  );
}
