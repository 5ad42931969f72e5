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

/** Slack's three control characters, escaped as Slack documents: &amp; &lt; &gt;. */
export function escapeSlack(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
