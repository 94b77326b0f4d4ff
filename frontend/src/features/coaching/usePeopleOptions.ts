import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import type { Option } from '../../shared/components/fields';

/**
 * The people a search finds (staff, never patients) as options for the coachee or a team's contact, by name. No
 * search, no one: a coach is never handed the whole directory.
 */
export function usePeopleOptions(search: string) {
  const { api } = useAuth();
  return useLoad(async (): Promise<Option[]> => {
    if (search.trim().length < 3) return [];
    const found = await call(api.GET('/api/v1/coaching/coachees', { params: { query: { search: search.trim() } } }));
    return found.map((p) => ({ value: p.personId, text: p.jobRole ? `${p.name} (${p.jobRole})` : p.name }));
  }, [api, search]);
}
