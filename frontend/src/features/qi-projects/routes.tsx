import type { RouteObject } from 'react-router';
import { pageRoute } from '../../shared/auth/pageRoute';
import { AddMeasurePage } from './AddMeasurePage';
import { AddValuePage } from './AddValuePage';
import { NewProjectPage } from './NewProjectPage';
import { PdsaCyclePage } from './PdsaCyclePage';
import { PostUpdatePage } from './PostUpdatePage';
import { ProjectPage } from './ProjectPage';
import { ProjectsListPage } from './ProjectsListPage';
import { RunChartPage } from './RunChartPage';

export const qiProjectsRoutes: RouteObject[] = [
  pageRoute('/qi-projects', ['listQiProjects'], () => <ProjectsListPage />),
  pageRoute('/qi-projects/new', ['startQiProject'], () => <NewProjectPage />),
  pageRoute('/qi-projects/:id', ['getQiProject'], ({ id = '' }) => <ProjectPage id={id} />),
  pageRoute('/qi-projects/:id/measures/new', ['addQiMeasure'], ({ id = '' }) => <AddMeasurePage projectId={id} />),
  pageRoute('/qi-projects/:id/measures/:measureId', ['getQiRunChart'], ({ id = '', measureId = '' }) => <RunChartPage projectId={id} measureId={measureId} />),
  pageRoute('/qi-projects/:id/measures/:measureId/values/new', ['addQiDataPoints'], ({ id = '', measureId = '' }) => (
    <AddValuePage projectId={id} measureId={measureId} />
  )),
  pageRoute('/qi-projects/:id/pdsa-cycles/new', ['addQiPdsaCycle'], ({ id = '' }) => <PdsaCyclePage projectId={id} />),
  pageRoute('/qi-projects/:id/updates/new', ['postQiProjectUpdate'], ({ id = '' }) => <PostUpdatePage projectId={id} />),
];
