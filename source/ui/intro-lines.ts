// The words of the wizard's first screen, shared by the Ink component that draws it and by the
// entry, which draws the same frame before Ink has loaded.

export function introHeading(stepCount: number): string {
  return `cursorkey-wizard · ${stepCount} steps, in the order that finds the real cause`;
}

export function pasteErrorPrompt(runsAhead: boolean): string {
  return `Paste the error you see (optional), then press Enter. Enter alone ${runsAhead ? 'shows the checklist' : 'starts at step 1'}.`;
}

export const EMPTY_PASTE_FIELD = '  > ';
