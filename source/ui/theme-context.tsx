import React, {createContext, useContext} from 'react';
import {colourTheme, type Theme} from './theme.js';

const ThemeContext = createContext<Theme>(colourTheme);

export function ThemeProvider({theme, children}: {theme: Theme; children: React.ReactNode}) {
  return <ThemeContext.Provider value={theme}>{children}</ThemeContext.Provider>;
}

export function useTheme(): Theme {
  return useContext(ThemeContext);
}

/** The colour for a role, or undefined under the no-colour theme. */
export function useRoleColour(role: keyof Theme): string | undefined {
  const value = useTheme()[role];
  return typeof value === 'string' ? value : undefined;
}
