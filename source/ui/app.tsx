// The lifecycle root: the single place that ends the Ink app. Children report completion; the
// exit happens in an effect, after their last state update has rendered.
import {useApp} from 'ink';
import {useEffect, useState} from 'react';
import {EXIT, type ExitCode} from '../core/vocabulary.js';
import {CrashGuard} from './crash-guard.js';
import type {Theme} from './theme.js';
import {UiProviders} from './providers.js';
import {Wizard, type WizardProps} from './wizard.js';

export interface AppProps extends Omit<WizardProps, 'onComplete'> {
  theme: Theme;
  hyperlinks?: boolean;
  /** Receives the exit code just before the app exits. */
  onExit: (code: ExitCode) => void;
}

export function App({theme, hyperlinks = false, onExit, ...wizard}: AppProps) {
  const {exit} = useApp();
  const [code, setCode] = useState<ExitCode | null>(null);
  useEffect(() => {
    if (code === null) return;
    onExit(code);
    exit();
  }, [code]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <UiProviders theme={theme} hyperlinks={hyperlinks}>
      <CrashGuard onCrash={() => setCode(EXIT.inconclusive)}>
        <Wizard {...wizard} onComplete={setCode} />
      </CrashGuard>
    </UiProviders>
  );
}
