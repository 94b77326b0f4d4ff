import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createUserManager, loadConfig } from './shared/auth/config';
import './styles/main.scss';

const root = createRoot(document.getElementById('root') as HTMLElement);

loadConfig()
  .then((config) => {
    root.render(
      <StrictMode>
        <App manager={createUserManager(config)} />
      </StrictMode>,
    );
  })
  .catch(() => {
    document.title = 'Sorry, there is a problem with the service – PSIRF Platform';
    root.render(
      <div className="nhsuk-width-container">
        <main className="nhsuk-main-wrapper" id="maincontent">
          <h1>Sorry, there is a problem with the service</h1>
          <p>Try again later.</p>
        </main>
      </div>,
    );
  });
