import { useParams } from 'react-router';
import { OversightGroupPage } from './OversightGroupPage';
import { OversightPlanPage } from './OversightPlanPage';
import { OversightResponsePage } from './OversightResponsePage';

export function OversightGroupRoute() {
  const { id = '' } = useParams();
  return <OversightGroupPage id={id} />;
}

export function OversightResponseRoute() {
  const { id = '', responseId = '' } = useParams();
  return <OversightResponsePage groupId={id} responseId={responseId} />;
}

export function OversightPlanRoute() {
  const { id = '', planId = '' } = useParams();
  return <OversightPlanPage groupId={id} planId={planId} />;
}
