import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Page not found · Sister Cities Atlas' };

// Reached only for paths the locale proxy does not handle; pages have their own.
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body style={{ fontFamily: 'system-ui, sans-serif', textAlign: 'center', padding: '4rem 1rem' }}>
        <h1>Page not found</h1>
        <p>
          <Link href="/en">Sister Cities Atlas</Link>
        </p>
      </body>
    </html>
  );
}
