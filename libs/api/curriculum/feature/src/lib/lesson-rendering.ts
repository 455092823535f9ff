import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';
import type { LessonVideo } from '@ecampus/shared/contracts';

/*
 * Lesson bodies: Markdown → HTML → allow-list sanitiser, on every read (decision 022). Two layers:
 * markdown-it with `html: false` never passes raw HTML through (it is escaped as text) and refuses
 * javascript:/vbscript:/file:/data: link targets; sanitize-html then keeps only the tags and
 * attributes below, so a renderer bug or a future option cannot smuggle markup through.
 */

const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });

// Images: none until materials exist. The app's CSP (`img-src 'self' data: blob:`) would block
// external images anyway, and an external image is a tracking pixel; the alt text stays as text.
markdown.renderer.rules['image'] = (tokens, idx) => markdown.utils.escapeHtml(tokens[idx].content);

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'hr',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'strong',
    'em',
    's',
    'del',
    'code',
    'pre',
    'blockquote',
    'ul',
    'ol',
    'li',
    'a',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  allowedAttributes: { a: ['href', 'title', 'rel', 'target'], ol: ['start'] },
  allowedClasses: { code: ['language-*'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  // Everything else is dropped with its content (script, style, iframe, object …) or unwrapped.
  disallowedTagsMode: 'discard',
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed'],
  transformTags: {
    a: (tagName, attribs) => {
      const href = attribs['href'] ?? '';
      const external = /^(https?:)?\/\//i.test(href.trim());
      const kept = Object.fromEntries(Object.entries(attribs).filter(([name]) => name !== 'target' && name !== 'rel'));
      return { tagName, attribs: external ? { ...kept, target: '_blank', rel: 'noopener noreferrer' } : kept };
    },
  },
};

/** A lesson body (Markdown) as HTML that is safe to insert into a page. */
export function renderLessonHtml(body: string): string {
  if (!body.trim()) return '';
  return sanitizeHtml(markdown.render(body), SANITIZE).trim();
}

/** The video players lessons may embed; the app's CSP allows exactly these as frame sources. */
export const VIDEO_EMBED_ORIGINS = ['https://www.youtube-nocookie.com', 'https://player.vimeo.com'] as const;

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const VIMEO_ID = /^\d{1,12}$/;

const youtube = (id: string | null | undefined): LessonVideo | null =>
  id && YOUTUBE_ID.test(id) ? { kind: 'embed', url: '', embedUrl: `${VIDEO_EMBED_ORIGINS[0]}/embed/${id}`, provider: 'youtube' } : null;
const vimeo = (id: string | null | undefined): LessonVideo | null =>
  id && VIMEO_ID.test(id) ? { kind: 'embed', url: '', embedUrl: `${VIDEO_EMBED_ORIGINS[1]}/video/${id}`, provider: 'vimeo' } : null;

function embedOf(u: URL): LessonVideo | null {
  const host = u.hostname.toLowerCase().replace(/^(www|m)\./, '');
  const path = u.pathname.split('/').filter(Boolean);
  switch (host) {
    case 'youtube.com':
    case 'youtube-nocookie.com':
      if (path.length === 1 && path[0] === 'watch') return youtube(u.searchParams.get('v'));
      if (path.length === 2 && path[0] === 'embed') return youtube(path[1]);
      return null;
    case 'youtu.be':
      return path.length === 1 ? youtube(path[0]) : null;
    case 'vimeo.com':
      return path.length === 1 ? vimeo(path[0]) : null;
    case 'player.vimeo.com':
      return path.length === 2 && path[0] === 'video' ? vimeo(path[1]) : null;
    default:
      return null;
  }
}

/**
 * A lesson's video: a player address when the link points at an allowed host (YouTube through
 * youtube-nocookie.com, Vimeo), otherwise a plain link. Only http(s) addresses (the contract refuses
 * others); anything unparsable becomes null.
 */
export function lessonVideo(url: string | null): LessonVideo | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  const embed = embedOf(u);
  return embed?.kind === 'embed' ? { ...embed, url } : { kind: 'link', url };
}
