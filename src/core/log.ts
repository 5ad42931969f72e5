import pino, { type Logger } from 'pino';

/**
 * Structured JSON logs on stderr, so stdout stays clean for command output (`threads --json`).
 * Secrets are redacted by key in case an object carrying them is ever logged.
 */
export function createLogger(level: string, name = 'hiring-radar'): Logger {
  return pino(
    {
      name,
      level,
      redact: {
        paths: ['*.token', '*.password', '*.secret', '*.DISCORD_TOKEN', '*.SLACK_BOT_TOKEN', '*.SLACK_SIGNING_SECRET', '*.SLACK_APP_TOKEN', '*.DATABASE_URL'],
        censor: '***',
      },
    },
    pino.destination({ fd: 2, sync: true }),
  );
}
