// Demo page only: the "Copy snippet" button. (External file: the page's CSP allows no inline script.)
for (const button of document.querySelectorAll('button[data-copy]')) {
  button.addEventListener('click', async () => {
    const text = document.getElementById(button.dataset.copy).textContent;
    const status = button.parentElement.querySelector('.copy-status');
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = 'Copied.';
    } catch {
      status.textContent = 'Copying was blocked: select the snippet and copy it.';
    }
  });
}

// The snippet for the language chosen: each language's own file (render-pages.ts writes them all).
const chooser = document.getElementById('snippet-language');
if (chooser) {
  const snippets = JSON.parse(chooser.dataset.snippets);
  chooser.addEventListener('change', () => {
    document.getElementById('snippet').textContent = snippets[chooser.value];
  });
  chooser.closest('[hidden]').hidden = false;
}
