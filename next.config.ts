import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { API_CONTENT_SECURITY_POLICY, staticSecurityHeaders } from './lib/security/headers';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const toHeaders = (list: [string, string][]) => list.map(([key, value]) => ({ key, value }));

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Pages get these plus their nonce policy from proxy.ts; this covers the rest
  // (API routes, static files, Next's own assets) from the same builder.
  async headers() {
    const production = process.env.NODE_ENV === 'production';
    return [
      { source: '/:path*', headers: toHeaders(staticSecurityHeaders({ production })) },
      { source: '/api/:path*', headers: toHeaders([['Content-Security-Policy', API_CONTENT_SECURITY_POLICY]]) },
    ];
  },
};

export default withNextIntl(nextConfig);
