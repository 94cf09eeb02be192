import {Text} from 'ink';
import {useEffect, useState} from 'react';
import {useRoleColour} from '../theme-context.js';

/**
 * "▶ Checking `agent status`… 12s". The seconds tick every `tickSeconds` (0: never). Screen
 * share ticks every 5 s at most, so video compression has nothing to smear; tests turn it off so
 * frames do not depend on time.
 */
export function RunningLine({label, tickSeconds}: {label: string; tickSeconds: number}) {
  const [seconds, setSeconds] = useState(0);
  const info = useRoleColour('info');
  useEffect(() => {
    if (tickSeconds <= 0) return;
    const started = Date.now();
    const timer = setInterval(
      () => setSeconds(Math.floor((Date.now() - started) / 1000)),
      tickSeconds * 1000,
    );
    return () => clearInterval(timer);
  }, [tickSeconds]);
  const elapsed = tickSeconds > 0 ? ` ${seconds}s` : '';
  return <Text color={info}>{`▶ ${label}${elapsed}  (Esc cancels)`}</Text>;
}
