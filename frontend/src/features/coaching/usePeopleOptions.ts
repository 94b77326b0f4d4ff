import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import type { Option } from '../../shared/components/fields';

/** The active people of the directory (staff, never patients) as options for the coachee, by name. */
export function usePeopleOptions() {
  const { api } = useAuth();
  return useLoad(async (): Promise<Option[]> => {
    const page = await call(api.GET('/api/v1/people', { params: { query: { size: 100 } } }));
    return page.items.filter((p) => p.active).map((p) => ({ value: p.id, text: p.jobRole ? `${p.name} (${p.jobRole})` : p.name }));
  }, [api]);
}
