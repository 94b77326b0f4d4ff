import type { RouteObject } from 'react-router';
import { pageRoute } from '../../shared/auth/pageRoute';
import { ResponseEventPage } from './ResponseEventPage';
import { ResponsePage } from './ResponsePage';
import { ResponsesListPage } from './ResponsesListPage';

export const responsesRoutes: RouteObject[] = [
  pageRoute('/responses', ['listLearningResponses'], () => <ResponsesListPage />),
  pageRoute('/responses/:id', ['getLearningResponse'], ({ id = '' }) => <ResponsePage id={id} />),
  pageRoute('/responses/:id/events/:eventId', ['getLearningResponse', 'getEvent'], ({ id = '', eventId = '' }) => (
    <ResponseEventPage responseId={id} eventId={eventId} />
  )),
];
