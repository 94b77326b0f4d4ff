import { Link } from 'react-router';
import { ApiError, NetworkError } from '../api/errors';
import { usePageTitle } from './usePageTitle';

export function Loading({ what = 'Loading' }: { what?: string }) {
  return (
    <p className="nhsuk-body" role="status">
      {what}…
    </p>
  );
}

export function AccessDenied() {
  usePageTitle('You do not have access');
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>You do not have access</h1>
        <p>Your account does not allow you to see this page.</p>
        <p>
          If you think you should have access, ask the patient safety team to check your roles.
        </p>
        <p>
          <Link to="/">Go to the home page</Link>
        </p>
      </div>
    </div>
  );
}

export function NotFound() {
  usePageTitle('Page not found');
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Page not found</h1>
        <p>If you typed the web address, check it is correct.</p>
        <p>If you pasted the web address, check you copied the entire address.</p>
        <p>
          <Link to="/">Go to the home page</Link>
        </p>
      </div>
    </div>
  );
}

export function ServiceProblem({ offline }: { offline?: boolean }) {
  usePageTitle(offline ? 'Cannot connect to the service' : 'Sorry, there is a problem with the service');
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        {offline ? (
          <>
            <h1>Cannot connect to the service</h1>
            <p>Check your internet connection, then try again.</p>
          </>
        ) : (
          <>
            <h1>Sorry, there is a problem with the service</h1>
            <p>Try again later.</p>
          </>
        )}
        <p>
          <Link to="/">Go to the home page</Link>
        </p>
      </div>
    </div>
  );
}

export function SigningIn() {
  usePageTitle('Signing you in');
  return <Loading what="Signing you in" />;
}

/** Turns a failed API call into a plain page; never shows the raw problem body. */
export function ApiErrorView({ error }: { error: unknown }) {
  if (error instanceof ApiError) {
    if (error.status === 403) return <AccessDenied />;
    if (error.status === 404) return <NotFound />;
    if (error.status === 401) return <SigningIn />;
  }
  return <ServiceProblem offline={error instanceof NetworkError} />;
}
