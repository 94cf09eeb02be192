import {Text} from 'ink';
import {useEffect, useState} from 'react';
import {useRoleColour} from '../theme-context.js';

/** "▶ Rate limited: retrying once … in 12 s (Esc cancels)", counting down every `tickSeconds`. */
export function CountdownLine({
  label,
  endsAt,
  tickSeconds,
  stopHint = 'Esc cancels',
}: {
  label: string;
  endsAt: number;
  tickSeconds: number;
  /** How to stop the wait, said beside it. */
  stopHint?: string;
}) {
  const [now, setNow] = useState(() => Date.now());
  const info = useRoleColour('info');
  useEffect(() => {
    if (tickSeconds <= 0) return;
    const timer = setInterval(() => setNow(Date.now()), tickSeconds * 1000);
    return () => clearInterval(timer);
  }, [tickSeconds]);
  const left = Math.max(0, Math.ceil((endsAt - now) / 1000));
  return <Text color={info}>{`▶ ${label} ${left} s  (${stopHint})`}</Text>;
}
