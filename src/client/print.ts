/** "In trang này": puts each print button of the page in place from its <template> and prints. */
for (const template of document.querySelectorAll<HTMLTemplateElement>('template[data-print-template]')) {
  const content = template.content.cloneNode(true) as DocumentFragment;
  content.querySelector('[data-print-button]')?.addEventListener('click', () => window.print());
  template.replaceWith(content);
}
