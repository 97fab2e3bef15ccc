// Where the dashboard lives: under the control API's prefix, on the emulator's own origin.

/** The dashboard's path prefix. */
export const UI_BASE = '/-/emulator/ui';
