/*
 * Lesson bodies that try to run script, and the check that their rendering stays inert. Used by the
 * renderer's unit spec and by the API's integration spec (the same table through the real edge).
 */
export const XSS_PAYLOADS: readonly string[] = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=https://evil.example/x.js></SCRIPT>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"></iframe>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="data:text/html,<script>alert(1)</script>">',
  '<a href="javascript:alert(1)">klick</a>',
  '[klick](javascript:alert(1))',
  '[klick](JaVaScRiPt:alert(1))',
  '[klick](java\tscript:alert(1))',
  '[klick](&#106;avascript:alert(1))',
  '[klick](&#x6A;&#x61;vascript:alert(1))',
  '[klick](vbscript:msgbox(1))',
  '[klick](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[klick](  javascript:alert(1))',
  '<javascript:alert(1)>',
  '![bild](javascript:alert(1))',
  '![bild](https://evil.example/pixel.png "x\\" onerror=\\"alert(1)")',
  '[a](https://example.org "title\\" onmouseover=\\"alert(1)")',
  '<style>body{display:none}</style>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<form action="https://evil.example"><input name=x></form>',
  '<base href="https://evil.example/">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<details open ontoggle=alert(1)>',
  '<a href="https://example.org" onclick="alert(1)">x</a>',
  '```html\n<script>alert(1)</script>\n```',
  '`<img src=x onerror=alert(1)>`',
  '<<script>script>alert(1)<</script>/script>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '[x](https://example.org/"onmouseover="alert(1))',
  '<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000049&#0000041">x</a>',
  '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
];

/** Why `html` (a rendered lesson body) is not inert, or null when it is. */
export function notInert(html: string): string | null {
  if (/<script/i.test(html)) return 'script tag';
  if (/<(iframe|object|embed|style|form|input|base|meta|svg|math|img)\b/i.test(html)) return 'forbidden tag';
  // Attributes inside real tags (escaped text has no `<`).
  for (const tag of html.match(/<[a-z][^>]*>/gi) ?? []) {
    const names = tag.replace(/"[^"]*"|'[^']*'/g, '""'); // attribute names only, not quoted values
    if (/\son[a-z]+\s*=/i.test(names)) return `event handler in ${tag}`;
    if (/\sstyle\s*=/i.test(names)) return `style attribute in ${tag}`;
    const href = /\shref="([^"]*)"/i.exec(tag)?.[1];
    if (href !== undefined) {
      const decoded = href
        .replace(/&#x?[0-9a-f]+;?/gi, '')
        .replace(/&amp;/g, '&')
        .replace(/\s/g, '');
      if (!/^(https?:|mailto:|\/[^/]|#|[^:]*$)/i.test(decoded)) return `unsafe href ${href}`;
      if (/^https?:/i.test(decoded) && !/target="_blank"/.test(tag)) return `external link without target in ${tag}`;
      if (/^https?:/i.test(decoded) && !/rel="noopener noreferrer"/.test(tag)) return `external link without rel in ${tag}`;
    }
  }
  return null;
}
