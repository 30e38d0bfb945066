/**
 * On an embed page inside a newsroom's <iframe>: tell the page around it how tall this page is,
 * now and whenever it changes (a chart drawn, a tab chosen, the window resized), so that the
 * listener of the embed snippet (embed-listener.js) sizes the frame to fit. The height is not a
 * secret: it is posted to any origin.
 */
if (window.parent !== window) {
  let last = 0;
  const post = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ gopy: 'embed-height', height }, '*');
  };
  new ResizeObserver(post).observe(document.documentElement);
  addEventListener('load', post);
}
