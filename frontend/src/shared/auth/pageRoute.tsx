import type { ReactNode } from 'react';
import { useParams, type Params, type RouteObject } from 'react-router';
import { RequireRole } from '../components/guards';
import { rolesFor, type OperationId } from './roles';

type PageOf = (params: Readonly<Params<string>>) => ReactNode;

function WithParams({ page }: { page: PageOf }) {
  return <>{page(useParams())}</>;
}

/**
 * A route to a page that calls `operations`: only the roles the contract allows to call all of them get past its
 * guard (the others read "You do not have access"). `page` gets the path's parameters, e.g.
 * `pageRoute('/cases/:id', ['getCase'], ({ id = '' }) => <CasePage id={id} />)`.
 */
export function pageRoute(path: string, operations: OperationId[], page: PageOf, children?: RouteObject[]): RouteObject {
  return {
    path,
    element: (
      <RequireRole roles={rolesFor(...operations)}>
        <WithParams page={page} />
      </RequireRole>
    ),
    children,
  };
}
