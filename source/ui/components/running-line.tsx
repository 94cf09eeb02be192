import {Text} from 'ink';
import {useEffect, useState} from 'react';
import {useRoleColour} from '../theme-context.js';

/**
 * "Running… 12s". The seconds tick only when animated; tests and screen share turn that off so
 * frames do not depend on time.
 */
export function RunningLine({label, animate}: {label: string; animate: boolean}) {
  const [seconds, setSeconds] = useState(0);
  const info = useRoleColour('info');
  useEffect(() => {
    if (!animate) return;
    const started = Date.now();
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 1000);
    return () => clearInterval(timer);
  }, [animate]);
  return <Text color={info}>{`▶ ${label}${animate ? ` ${seconds}s` : ''}  (Esc cancels)`}</Text>;
}
