import {Static, Text} from 'ink';
import type {HistoryEntry} from '../../core/wizard-machine.js';
import {StatusBadge} from './status-badge.js';

/** Steps already moved past, written once to scroll-back and never redrawn. */
export function History({entries}: {entries: HistoryEntry[]}) {
  return (
    <Static items={entries}>
      {(entry) => (
        <Text key={entry.key}>
          <StatusBadge status={entry.status} />
          {` ${String(entry.n).padStart(2)}. ${entry.title}: ${entry.summary}`}
        </Text>
      )}
    </Static>
  );
}
