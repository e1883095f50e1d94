/**
 * Escaping for the HTML report: text into HTML, data into a `<script type="application/json">`
 * element, and a script's source into a `<script>` element.
 */

const HTML_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for HTML element content or a quoted attribute value.
 * @example escapeHtml('<b>"A&B"</b>'); // '&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ENTITIES[char] as string);
}

/**
 * JSON that is safe inside a `<script>` element: `<`, `>`, `&` and the JavaScript line separators as
 * `\u` escapes, so no string in the data can close the element or open a comment.
 * @example jsonForScript({ name: '</script>' }); // '{"name":"\\u003c/script\\u003e"}'
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A script's source made safe inside a `<script>` element: `</script` and `<!--` cannot appear.
 * (Inside JavaScript strings and regular expressions, `<\/` means the same as `</`.)
 * @example inlineScript(readFileSync(chartJsPath, 'utf8'));
 */
export function inlineScript(source: string): string {
  return source.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}
