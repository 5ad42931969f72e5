/** A `password` query parameter's value: pg reads it as the password (the name exactly so). */
const PASSWORD_PARAM = /([?&]password=)[^&#]*/g;

/**
 * `postgres://user:secret@host/db` → `postgres://user:***@host/db`, for logs and error messages:
 * the database's URL may carry a password, and a proxy's HN address could. The password runs to
 * the last "@", as URL parsers (pg's included) read it: an unescaped "@" in it ("p@ss") is the
 * password's, not the host's. An empty user name (`postgres://:secret@host`) and a `password=`
 * parameter are masked too. One pass over the text, however long.
 */
export function redactUrl(url: string): string {
  let out = url;
  const authority = url.indexOf('//');
  const at = url.lastIndexOf('@');
  if (authority >= 0 && at > authority) {
    const colon = url.indexOf(':', authority + 2);
    if (colon >= 0 && colon < at) out = `${url.slice(0, colon + 1)}***${url.slice(at)}`;
  }
  return out.replace(PASSWORD_PARAM, '$1***');
}
