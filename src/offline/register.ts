// Registers the offline service worker once the page has loaded, then tells it which files this
// page used, so the first page a person opens is kept too (the worker only sees later requests).
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => undefined);
    navigator.serviceWorker.ready.then((registration) => {
      const urls = [location.href, ...performance.getEntriesByType('resource').map((entry) => entry.name)];
      registration.active?.postMessage({ type: 'cache-urls', urls });
    });
  });
}
