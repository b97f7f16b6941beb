import type { MetadataRoute } from 'next';

/** Lets a phone keep the atlas on its home screen with the project's icon. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: 'Sister Cities Atlas',
    short_name: 'Sister Cities',
    start_url: '/',
    display: 'browser',
    background_color: '#ffffff',
    theme_color: '#1f2937',
    icons: [
      { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
    ],
  };
}
