/**
 * Every security header the app sends, built in one place (docs/security.md).
 * proxy.ts adds the page policy with a fresh nonce to each HTML response;
 * next.config.ts adds the static headers and the API policy to every other response.
 * Pure functions: tests/unit/security-headers.test.ts checks them.
 */

export type HeaderList = [name: string, value: string][];

type Environment = {
  /** `next dev`: React's dev build needs eval, HMR a websocket and inline styles. */
  development: boolean;
  /** A production build: adds HSTS. */
  production: boolean;
  /** NEXT_PUBLIC_TILE_URL: its host may serve map tiles (img-src). */
  tileUrl?: string;
};

/** Features no page uses: denied to the page and to anything it embeds. */
const DENIED_FEATURES = [
  'accelerometer', 'autoplay', 'bluetooth', 'browsing-topics', 'camera', 'display-capture', 'encrypted-media',
  'geolocation', 'gyroscope', 'hid', 'idle-detection', 'magnetometer', 'microphone', 'midi',
  'payment', 'picture-in-picture', 'publickey-credentials-get', 'screen-wake-lock', 'serial', 'usb', 'xr-spatial-tracking',
];

/** The origin pattern of a Leaflet tile template (`https://{s}.tile.example.org/{z}/{x}/{y}.png` → `https://*.tile.example.org`), or null. */
export function tileSource(template: string | undefined): string | null {
  const match = /^(https?):\/\/([^/?#]+)/i.exec(template?.trim() ?? '');
  if (!match) return null;
  const host = match[2].replace(/^\{s\}\./, '*.');
  return /^(\*\.)?[a-z0-9.-]+(:\d+)?$/i.test(host) ? `${match[1].toLowerCase()}://${host.toLowerCase()}` : null;
}

/** A nonce for one response: 128 random bits, base64. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

function policy(directives: Record<string, string[]>): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/**
 * The policy of HTML pages. Scripts: only those carrying this response's nonce
 * (Next puts it on its own scripts) and what they load ('strict-dynamic'); no
 * 'unsafe-inline', so an injected <script> or onerror= handler never runs. Styles:
 * <style>/<link> elements from our origin or with the nonce; style *attributes* stay
 * allowed, because React renders `style={…}` (server HTML and Recharts) and Leaflet
 * positions every pane, marker and tooltip with inline styles — an attribute cannot
 * run script.
 */
export function pageContentSecurityPolicy(nonce: string, env: Environment): string {
  const tiles = tileSource(env.tileUrl);
  return policy({
    'default-src': ["'self'"],
    'script-src': ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(env.development ? ["'unsafe-eval'"] : [])],
    'style-src': ["'self'", "'unsafe-inline'"],
    'style-src-elem': ["'self'", env.development ? "'unsafe-inline'" : `'nonce-${nonce}'`],
    'style-src-attr': ["'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:', ...(tiles ? [tiles] : [])],
    'font-src': ["'self'"],
    'connect-src': ["'self'", ...(env.development ? ['ws:'] : [])],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    'frame-src': ["'none'"],
    'worker-src': ["'self'", 'blob:'],
    'manifest-src': ["'self'"],
  });
}

/** JSON, CSV and GeoJSON are data: a browser that renders one anyway may run nothing. */
export const API_CONTENT_SECURITY_POLICY = policy({
  'default-src': ["'none'"],
  'frame-ancestors': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
});

/** The headers every response carries, whatever produced it. */
export function staticSecurityHeaders(env: Pick<Environment, 'production'>): HeaderList {
  return [
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['X-Frame-Options', 'DENY'],
    ['Permissions-Policy', DENIED_FEATURES.map((feature) => `${feature}=()`).join(', ')],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    // Browsers ignore HSTS over plain http, so a production build can always send it.
    ...(env.production ? ([['Strict-Transport-Security', 'max-age=63072000; includeSubDomains']] as HeaderList) : []),
  ];
}

/** The headers of an HTML page response. */
export function pageSecurityHeaders(nonce: string, env: Environment): HeaderList {
  return [['Content-Security-Policy', pageContentSecurityPolicy(nonce, env)], ...staticSecurityHeaders(env)];
}

/** What this process runs as, from the environment Next sets. */
export function currentEnvironment(): Environment {
  return {
    development: process.env.NODE_ENV === 'development',
    production: process.env.NODE_ENV === 'production',
    tileUrl: process.env.NEXT_PUBLIC_TILE_URL,
  };
}
