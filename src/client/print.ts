/** "In trang này": shows the print buttons of a page (hidden without JavaScript) and prints. */
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print-button]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
