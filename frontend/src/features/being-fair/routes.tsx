import type { RouteObject } from 'react-router';
import { pageRoute } from '../../shared/auth/pageRoute';
import { BeingFairListPage } from './BeingFairListPage';
import { BeingFairPage } from './BeingFairPage';
import { OpenBeingFairPage } from './OpenBeingFairPage';

export const beingFairRoutes: RouteObject[] = [
  pageRoute('/being-fair', ['listBeingFair'], () => <BeingFairListPage />),
  pageRoute('/being-fair/new', ['openBeingFair'], () => <OpenBeingFairPage />),
  pageRoute('/being-fair/:id', ['getBeingFair'], ({ id = '' }) => <BeingFairPage id={id} />),
];
