'use client';
import { useState } from 'react';

/** "Saved" banner state: shown after a successful save, hidden at the next edit. */
export function useSavedFlag() {
  const [saved, setSaved] = useState(false);
  return { saved, show: () => setSaved(true), hide: () => setSaved(false) };
}
