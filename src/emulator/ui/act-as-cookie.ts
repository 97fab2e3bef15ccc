// The cookie naming the user whose token the dashboard's job actions use (a name, not a token).
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { EmulatorRuntime } from '../emulator-runtime.js';
import { UI_BASE } from './ui-base.js';

const COOKIE = 'jobrelay-ui-user';

/** The acting user's name: the cookie's if that user exists, else the scenario's first user. */
export function readActAs(c: Context, runtime: EmulatorRuntime): string {
  const wanted = getCookie(c, COOKIE);
  const users = [...runtime.state.users.values()];
  return users.find((user) => user.username === wanted)?.username ?? users[0]?.username ?? '';
}

/** Remembers the acting user for the dashboard's later requests. */
export function writeActAs(c: Context, username: string): void {
  setCookie(c, COOKIE, username, { path: UI_BASE, sameSite: 'Strict', httpOnly: true });
}
