/**
 * The videos of a page: the poster becomes a button; pressing it puts the player in its place (YouTube's
 * privacy-enhanced player in a frame, or the site's own file), so nothing is loaded from the video
 * host before. Without JavaScript the poster stays a link to the video's page. The player's address
 * and title come from the page.
 */
for (const figure of document.querySelectorAll<HTMLElement>('[data-video]')) {
  const link = figure.querySelector<HTMLAnchorElement>('[data-video-play]');
  const { player, title = '', video } = figure.dataset;
  if (!link || !player) continue;
  // With JavaScript the poster plays the video here: a button, no longer a link away.
  const button = document.createElement('button');
  button.type = 'button';
  button.className = link.className;
  button.append(...link.childNodes);
  link.replaceWith(button);
  button.addEventListener('click', () => {
    let el: HTMLElement;
    if (video === 'frame') {
      const frame = document.createElement('iframe');
      frame.src = player;
      frame.title = title;
      frame.allow = 'autoplay; encrypted-media; picture-in-picture; fullscreen';
      frame.referrerPolicy = 'strict-origin-when-cross-origin';
      el = frame;
    } else {
      const v = document.createElement('video');
      v.src = player;
      v.controls = true;
      v.autoplay = true;
      v.title = title;
      el = v;
    }
    el.className = 'video__frame';
    el.dataset.videoPlayer = '';
    button.replaceWith(el);
    el.focus();
  });
}
