// Notices when a single-page app changes the address without loading a page (pushState,
// replaceState, popstate, hash changes). The Navigation API sees all of them where it exists;
// elsewhere popstate/hashchange plus a light check of the address twice a second, only while a
// guide runs (the caller's lifetime).

type NavigationLike = EventTarget;

export function watchAddress(win: Window, signal: AbortSignal, onChange: () => void): void {
  let last = win.location.href;
  const check = () => {
    if (win.location.href === last) return;
    last = win.location.href;
    onChange();
  };
  const navigation = (win as Window & { navigation?: NavigationLike }).navigation;
  if (navigation) {
    // navigatesuccess fires after the URL has changed, for same-document navigations too.
    navigation.addEventListener('navigatesuccess', check, { signal });
  } else {
    const timer = win.setInterval(check, 500);
    signal.addEventListener('abort', () => win.clearInterval(timer), { once: true });
  }
  win.addEventListener('popstate', check, { signal });
  win.addEventListener('hashchange', check, { signal });
}
