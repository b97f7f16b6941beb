import { notFound } from 'next/navigation';

// Unknown paths under a locale render that locale's not-found page (with the site's
// layout) instead of the bare global one.
//
// Metadata too: without this, the page's streamed metadata is the layout's default
// ("Sister Cities Atlas") and replaces the not-found title once the page hydrates.
export function generateMetadata(): never {
  notFound();
}

export default function CatchAll() {
  notFound();
}
