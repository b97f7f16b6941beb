import { notFound } from 'next/navigation';

// Unknown paths under a locale render that locale's not-found page (with the site's
// layout) instead of the bare global one.
export default function CatchAll() {
  notFound();
}
