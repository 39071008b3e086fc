// A test page for CSIRO's Smart Forms renderer (@aehrc/smart-forms-renderer, React), bundled by
// test/e2e/sdc-renderers.test.ts with esbuild: `window.smartForms.render(questionnaire, response?)`
// builds and shows the form; `window.smartForms.response()` is the QuestionnaireResponse it holds.
import {
  BaseRenderer,
  buildForm,
  getResponse,
  RendererThemeProvider,
  useRendererQueryClient,
} from '@aehrc/smart-forms-renderer';
import { QueryClientProvider } from '@tanstack/react-query';
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';

function Form() {
  const client = useRendererQueryClient();
  return h(RendererThemeProvider, null, h(QueryClientProvider, { client }, h(BaseRenderer)));
}

const root = createRoot(document.getElementById('form')!);
Object.assign(window, {
  smartForms: {
    async render(questionnaire: object, questionnaireResponse?: object) {
      // A terminology server on this page's own origin: nothing leaves localhost.
      await buildForm({
        questionnaire: questionnaire as never,
        ...(questionnaireResponse ? { questionnaireResponse: questionnaireResponse as never } : {}),
        terminologyServerUrl: `${location.origin}/terminology`,
      });
      root.render(h(Form));
    },
    response: () => getResponse(),
  },
});
