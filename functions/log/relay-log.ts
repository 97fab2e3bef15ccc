// The relay's structured log: one JSON object per line, never a token in it.

/** One structured log line (a decision, a refusal, a configuration problem). */
export type LogLine = Record<string, unknown>;

/** Where the relay writes its log lines. */
export type RelayLog = (line: LogLine) => void;
