import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { ErrorSummary } from '../../shared/components/error-summary';
import { Textarea } from '../../shared/components/fields';
import { formatDate, formatDateTime } from '../../shared/components/format';
import { BackLink, MultilineText } from '../../shared/components/misc';
import { SavedNotice } from '../../shared/components/saved-notice';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { placedBy } from '../../shared/forms/formProblem';
import { useSubmit } from '../../shared/forms/useSubmit';
import { MEETING_KIND_TEXT } from './text';
import type { Community, CommunityMeeting } from './types';

/** A community of practice for its members: who belongs, its meetings and reflective practice, and their notes. */
export function CommunityPage({ id }: { id: string }) {
  const { api } = useAuth();
  const loaded = useLoad(() => call(api.GET('/api/v1/communities-of-practice/{communityId}', { params: { path: { communityId: id } } })), [api, id]);
  const [community, setCommunity] = useState<Community | null>(null);
  const fresh = loaded.state === 'ok' ? loaded.data : null;
  useEffect(() => {
    if (fresh) setCommunity(fresh);
  }, [fresh]);
  usePageTitle(community?.name ?? 'Community of practice');
  if (loaded.state === 'loading') return <Loading />;
  if (loaded.state === 'error') return <ApiErrorView error={loaded.error} />;
  if (!community) return <Loading />;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/communities-of-practice">Communities of practice</BackLink>
        <span className="nhsuk-caption-l">Community of practice</span>
        <h1>{community.name}</h1>
        <p>{community.purpose}</p>
        <h2>Members</h2>
        <ul className="nhsuk-list">
          {community.members.map((m) => (
            <li key={m.personId}>{m.jobRole ? `${m.name} (${m.jobRole})` : m.name}</li>
          ))}
        </ul>
        <h2>Meetings</h2>
        <p className="nhsuk-body-s">Notes are about practice and learning. Never write incident or patient details here.</p>
        <Link className="nhsuk-button nhsuk-button--secondary" to={`/communities-of-practice/${community.id}/meetings/new`}>
          Record a meeting
        </Link>
        {community.meetings.length === 0 && <p>No meetings recorded yet.</p>}
        {community.meetings.map((m) => (
          <Meeting key={m.id} communityId={community.id} meeting={m} onSaved={setCommunity} />
        ))}
      </div>
    </div>
  );
}

function Meeting({ communityId, meeting: m, onSaved }: { communityId: string; meeting: CommunityMeeting; onSaved: (c: Community) => void }) {
  const { api } = useAuth();
  const [text, setText] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const noteId = `note-${m.id}`;
  const save = useSubmit(placedBy({ text: noteId }, 'You do not have access to add notes to this community.'));
  const submit = save.handle(
    () => (text.trim() ? [] : [{ id: noteId, message: 'Enter the note' }]),
    async () => {
      const updated = await call(
        api.POST('/api/v1/communities-of-practice/{communityId}/meetings/{meetingId}/notes', {
          params: { path: { communityId, meetingId: m.id } },
          body: { text: text.trim() },
        }),
      );
      onSaved(updated);
      setText('');
      setSaved('Note added.');
    },
  );
  const title = `${MEETING_KIND_TEXT[m.kind]}, ${formatDate(m.heldOn)}`;
  return (
    <section className="nhsuk-card" aria-label={title}>
      <div className="nhsuk-card__content">
        <h3 className="nhsuk-card__heading">{title}</h3>
        {m.theme && <p className="nhsuk-u-margin-bottom-1">Theme: {m.theme}</p>}
        {m.facilitator && <p className="nhsuk-u-margin-bottom-1">Facilitated by {m.facilitator}</p>}
        {m.notes && <MultilineText text={m.notes} />}
        {m.addedNotes.length > 0 && (
          <ul className="nhsuk-list nhsuk-list--border">
            {m.addedNotes.map((n) => (
              <li key={n.id}>
                <MultilineText text={n.text} />
                <span className="nhsuk-body-s nhsuk-u-secondary-text-colour">
                  {n.addedBy ?? 'A member'}, {formatDateTime(n.addedAt)}
                </span>
              </li>
            ))}
          </ul>
        )}
        <SavedNotice message={saved} />
        <ErrorSummary problem={save.problem} focusKey={save.submits} titleId={`${noteId}-problem`} />
        <form noValidate onSubmit={(e) => void submit(e)} aria-label={`Add a note to the ${title.toLowerCase()}`}>
          <Textarea id={noteId} label="Add a note" rows={3} maxLength={4000} value={text} error={save.fieldErrors[noteId]} onChange={setText} />
          <button className="nhsuk-button nhsuk-button--secondary" type="submit" disabled={save.saving} aria-disabled={save.saving}>
            Add note
          </button>
        </form>
      </div>
    </section>
  );
}
