import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { i18nReady } from './app/i18n';
import './app/styles.css';

// Rendered in whichever case: a failed load of English still shows the Japanese fallback.
const render = () =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
i18nReady.then(render, render);
