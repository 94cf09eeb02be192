import React, {createContext, useContext} from 'react';
import {colourTheme, type Theme} from './theme.js';

const ThemeContext = createContext<Theme>(colourTheme);
const HyperlinkContext = createContext(false);

export function ThemeProvider({
  theme,
  hyperlinks = false,
  children,
}: {
  theme: Theme;
  hyperlinks?: boolean;
  children: React.ReactNode;
}) {
  return (
    <ThemeContext.Provider value={theme}>
      <HyperlinkContext.Provider value={hyperlinks}>{children}</HyperlinkContext.Provider>
    </ThemeContext.Provider>
  );
}

/** Whether URLs should be drawn as OSC 8 links. */
export function useHyperlinks(): boolean {
  return useContext(HyperlinkContext);
}

export function useTheme(): Theme {
  return useContext(ThemeContext);
}

/** The colour for a role, or undefined under the no-colour theme. */
export function useRoleColour(role: keyof Theme): string | undefined {
  const value = useTheme()[role];
  return typeof value === 'string' ? value : undefined;
}
