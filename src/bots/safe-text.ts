/**
 * Text from HN must never ping anyone. Platforms' own switches are the real guard (Discord
 * `allowed_mentions: {parse: []}`, Slack escaping of & < >); this also defuses the text itself,
 * so a quoted "@everyone" stays harmless even if it is copied elsewhere.
 */
const ZWSP = '\u200b';

export function defuseDiscord(s: string): string {
  return s
    .replace(/@(everyone|here)/gi, `@${ZWSP}$1`)
    .replace(/<(@[!&]?|#)(\d+)>/g, `<${ZWSP}$1$2>`);
}

/** "@here" as a word of its own: not the middle of an address ("jobs@here.com" stays as written). */
const BARE_SLACK_MENTION = /(?<![\w.+-])@(everyone|here|channel)(?!\w)/gi;

/**
 * Slack's three control characters, escaped as Slack documents: &amp; &lt; &gt;, so "<!channel>"
 * or "<@U123>" is shown, never triggered. A bare "@here", "@channel" or "@everyone" is defused too:
 * bots' messages do not notify with it today, but mrkdwn without `verbatim` is documented to parse
 * "certain mentions", and a posting's text is no place to find out which.
 */
export function escapeSlack(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(BARE_SLACK_MENTION, `@${ZWSP}$1`);
}
