// Demo page only: the "Copy snippet" buttons, the snippet for the language chosen, and the worked
// case. (External file: the page's CSP allows no inline script.)
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

// The snippets for the language chosen: each language's own file, and its /embed page in the frame
// (render-pages.ts writes them all).
const chooser = document.getElementById('snippet-language');
if (chooser) {
  const snippets = JSON.parse(chooser.dataset.snippets);
  chooser.addEventListener('change', () => {
    document.getElementById('snippet').textContent = snippets[chooser.value].tag;
    document.getElementById('iframe-snippet').textContent = snippets[chooser.value].frame;
  });
  chooser.closest('[hidden]').hidden = false;
}

// The worked case, far below the first screen, is drawn as it comes within a screen of view (or
// before printing), not with the page: on a phone, drawing a second calculator (in Chinese, with
// its language file and fonts) as the page loads held up the first one and the reader's taps.
const workedCase = document.querySelector('.worked-case > template');
if (workedCase) {
  const draw = () => {
    near.disconnect();
    removeEventListener('beforeprint', draw);
    if (workedCase.isConnected) workedCase.replaceWith(workedCase.content);
  };
  const near = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && draw(), {
    rootMargin: '0px 0px 100% 0px',
  });
  near.observe(workedCase.parentElement);
  addEventListener('beforeprint', draw);
}
