import { call } from '../../shared/api/client';
import { ApiError } from '../../shared/api/errors';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { BackLink } from '../../shared/components/misc';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { TrainingDetails } from './TrainingDetails';

/** The signed-in person's own training record; people without one are told whom to ask. */
export function MyTrainingPage() {
  const { api } = useAuth();
  usePageTitle('My training');
  const record = useLoad(() => call(api.GET('/api/v1/me/training')), [api]);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/">Home</BackLink>
        <h1>My training</h1>
        {record.state === 'loading' && <Loading />}
        {record.state === 'error' &&
          (record.error instanceof ApiError && record.error.status === 404 ? (
            <p>There is no training record for you. Ask a patient safety specialist to add you to the people directory.</p>
          ) : (
            <ApiErrorView error={record.error} />
          ))}
        {record.state === 'ok' && <TrainingDetails record={record.data} />}
      </div>
    </div>
  );
}
