// A render error must not paint a stack trace over a shared screen. The boundary turns it into
// one line and an exit code; the wizard's checks never throw, so this guards the UI itself.
import {Text} from 'ink';
import {Component, type ReactNode} from 'react';
import {unexpectedErrorLine} from '../core/gate/error-line.js';

export class CrashGuard extends Component<
  {onCrash: (message: string) => void; children: ReactNode},
  {message: string | null}
> {
  override state: {message: string | null} = {message: null};

  static getDerivedStateFromError(error: unknown): {message: string} {
    return {message: unexpectedErrorLine(error)};
  }

  override componentDidCatch(): void {
    if (this.state.message !== null) this.props.onCrash(this.state.message);
  }

  override render(): ReactNode {
    if (this.state.message !== null) {
      return (
        <Text>{`cursorkey-wizard stopped on an unexpected error: ${this.state.message}`}</Text>
      );
    }
    return this.props.children;
  }
}
