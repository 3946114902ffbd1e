import helmet from 'helmet';
import type { PortalConfig } from '../config';

/**
 * Security headers on every response (helmet): a Content-Security-Policy that fits the SPA
 * (scripts, styles, fonts, images and fetches from this origin only; Mantine's runtime styles
 * need inline style), no framing (frame-ancestors 'none', X-Frame-Options DENY), nosniff,
 * no referrer, and HSTS when PUBLIC_URL is https.
 */
export function securityHeaders(config: PortalConfig) {
  const https = config.publicUrl.startsWith('https://');
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
        ...(https ? { 'upgrade-insecure-requests': [] } : {}),
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    xContentTypeOptions: true,
  });
}
