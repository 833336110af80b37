/** Resolves once the offline service worker controls this page, so what it fetches is kept; never without one. */
export function whenControlled(): Promise<void> {
  const container = 'serviceWorker' in navigator ? navigator.serviceWorker : undefined;
  return new Promise((resolve) => {
    if (!container) return;
    if (container.controller) resolve();
    else container.addEventListener('controllerchange', () => resolve(), { once: true });
  });
}
