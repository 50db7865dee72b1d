import type { LoggerService, LogLevel } from '@nestjs/common';
import pino, { type DestinationStream, type Level, type Logger } from 'pino';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type JsonLogLevel = (typeof LOG_LEVELS)[number];

/** Reads LOG_LEVEL (default `info`); a bad value is recorded as a problem. */
export function readLogLevel(env: NodeJS.ProcessEnv, problems: string[]): JsonLogLevel {
  const raw = env.LOG_LEVEL;
  if (raw === undefined || raw === '') return 'info';
  if ((LOG_LEVELS as readonly string[]).includes(raw)) return raw as JsonLogLevel;
  problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${raw}")`);
  return 'info';
}

export interface JsonLoggerOptions {
  level: JsonLogLevel;
  /** Which process writes the line (`api`, `relay`, `projector`). */
  service: string;
  /** Where lines go; standard output when absent. */
  destination?: DestinationStream;
}

/** One JSON object per line, with ISO times and level names, ready for a log collector. */
export function createJsonLogger(options: JsonLoggerOptions): Logger {
  return pino(
    {
      level: options.level,
      base: { service: options.service },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    options.destination ?? (options.level === 'silent' ? { write: () => undefined } : pino.destination({ dest: 1, sync: true })),
  );
}

const NEST_TO_PINO: Record<LogLevel, Level> = {
  fatal: 'fatal',
  error: 'error',
  warn: 'warn',
  log: 'info',
  debug: 'debug',
  verbose: 'trace',
};

/** Nest's start-up chatter (a line per module and per route) is detail, not news. */
const DEBUG_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer']);

const STACK = /\n\s+at /;

/**
 * Nest's LoggerService over pino. Nest passes the context (the `new Logger('Audit')` name) as the last
 * argument and, for errors, a stack before it; objects passed as the message become fields of the line.
 */
export class JsonNestLogger implements LoggerService {
  constructor(readonly pino: Logger) {}

  log(message: unknown, ...params: unknown[]) {
    this.write('log', message, params);
  }

  error(message: unknown, ...params: unknown[]) {
    this.write('error', message, params);
  }

  warn(message: unknown, ...params: unknown[]) {
    this.write('warn', message, params);
  }

  debug(message: unknown, ...params: unknown[]) {
    this.write('debug', message, params);
  }

  verbose(message: unknown, ...params: unknown[]) {
    this.write('verbose', message, params);
  }

  fatal(message: unknown, ...params: unknown[]) {
    this.write('fatal', message, params);
  }

  private write(nestLevel: LogLevel, message: unknown, params: unknown[]) {
    const rest = [...params];
    const context = rest.length > 0 && typeof rest[rest.length - 1] === 'string' ? (rest.pop() as string) : undefined;
    let level = NEST_TO_PINO[nestLevel];
    if (level === 'info' && context && DEBUG_CONTEXTS.has(context)) level = 'debug';
    if (!this.pino.isLevelEnabled(level)) return;

    const fields: Record<string, unknown> = context ? { context } : {};
    let text: string | undefined;
    if (message instanceof Error) {
      fields.err = message;
      text = message.message;
    } else if (message !== null && typeof message === 'object') {
      Object.assign(fields, message);
    } else {
      text = String(message);
    }
    for (const param of rest) {
      if (param instanceof Error) fields.err = param;
      else if (typeof param === 'string' && STACK.test(param)) fields.stack = param;
      else if (typeof param === 'string') text = text === undefined ? param : `${text} ${param}`;
      else if (param !== null && typeof param === 'object') Object.assign(fields, param);
    }
    this.pino[level](fields, text);
  }
}
