import type {ReactNode} from 'react';
import {KeyboardProvider} from './keyboard.js';
import type {Theme} from './theme.js';
import {ThemeProvider} from './theme-context.js';

/** Everything a wizard component expects above it: the theme and the keyboard router. */
export function UiProviders({
  theme,
  hyperlinks = false,
  children,
}: {
  theme: Theme;
  hyperlinks?: boolean;
  children: ReactNode;
}) {
  return (
    <ThemeProvider theme={theme} hyperlinks={hyperlinks}>
      <KeyboardProvider>{children}</KeyboardProvider>
    </ThemeProvider>
  );
}
