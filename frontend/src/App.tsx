import { useState } from 'react';
import { Navigate, Route, RouterProvider, Routes, createBrowserRouter, useParams } from 'react-router';
import type { UserManager } from 'oidc-client-ts';
import { ActionPage } from './features/actions/ActionPage';
import { ActionsListPage } from './features/actions/ActionsListPage';
import { MyActionsPage } from './features/actions/MyActionsPage';
import { NewActionPage } from './features/actions/NewActionPage';
import { ACTION_MANAGER_ROLES, ACTION_OWNER_ROLES } from './features/actions/text';
import { AuditPage } from './features/audit/AuditPage';
import { BankHolidaysPage } from './features/candour/BankHolidaysPage';
import { CandourEventPage } from './features/candour/CandourEventPage';
import { CandourListPage } from './features/candour/CandourListPage';
import { CANDOUR_READER_ROLES, EVENT_CANDOUR_ROLES } from './features/candour/text';
import { CasePage } from './features/cases/CasePage';
import { CasesPage } from './features/cases/CasesPage';
import { NewCasePage } from './features/cases/NewCasePage';
import { DecisionPage } from './features/decisions/DecisionPage';
import { EditDecisionPage, NewDecisionPage } from './features/decisions/DecisionEditorPage';
import { DecisionsListPage } from './features/decisions/DecisionsListPage';
import { DECISION_CHAIR_ROLES, DECISION_EDIT_ROLES, DECISION_READER_ROLES } from './features/decisions/text';
import { BeingFairListPage } from './features/fairness/BeingFairListPage';
import { BeingFairPage } from './features/fairness/BeingFairPage';
import { OpenBeingFairPage } from './features/fairness/OpenBeingFairPage';
import { BEING_FAIR_ROLES, BEING_FAIR_USER_ROLES } from './features/fairness/text';
import { HomePage } from './features/home/HomePage';
import { MyReportPage, MyReportsPage } from './features/my-reports/MyReportsPage';
import { CompliancePage } from './features/people/CompliancePage';
import { MyTrainingPage } from './features/people/MyTrainingPage';
import { NewPersonPage } from './features/people/NewPersonPage';
import { PeopleListPage } from './features/people/PeopleListPage';
import { PersonPage } from './features/people/PersonPage';
import { PEOPLE_EDIT_ROLES, PEOPLE_READER_ROLES } from './features/people/text';
import { EditPlanPage } from './features/improvement/EditPlanPage';
import { ImprovementPlansPage } from './features/improvement/ImprovementPlansPage';
import { NewPlanPage } from './features/improvement/NewPlanPage';
import { PlanPage } from './features/improvement/PlanPage';
import { IMPROVEMENT_EDIT_ROLES, IMPROVEMENT_READER_ROLES } from './features/improvement/text';
import { NewOversightGroupPage } from './features/oversight/NewOversightGroupPage';
import { OversightGroupsPage } from './features/oversight/OversightGroupsPage';
import { OversightGroupRoute, OversightPlanRoute, OversightResponseRoute } from './features/oversight/routes';
import { OVERSIGHT_EDIT_ROLES, OVERSIGHT_READER_ROLES } from './features/oversight/text';
import { CheckPage } from './features/reporting/CheckPage';
import { DonePage } from './features/reporting/DonePage';
import { DetailsPage, EventPage, PatientPage, StaffPage } from './features/reporting/pages';
import { ReportingProvider } from './features/reporting/ReportingContext';
import { PlanEditorPage } from './features/plan/PlanEditorPage';
import { PlanVersionPage } from './features/plan/PlanVersionPage';
import { ResponsePlanPage } from './features/plan/ResponsePlanPage';
import { EngagementPage } from './features/engagement/EngagementPage';
import { ENGAGEMENT_ROLES } from './features/engagement/text';
import { StaffSupportPage } from './features/staffsupport/StaffSupportPage';
import { MyStaffSupportPage } from './features/staffsupport/MyStaffSupportPage';
import { STAFF_SUPPORT_ROLES, SUPPORTER_ROLES } from './features/staffsupport/supportForm';
import { ResponsePage } from './features/responses/ResponsePage';
import { ResponsesListPage } from './features/responses/ResponsesListPage';
import { ResponseEventPage } from './features/responses/ResponseEventPage';
import { RESPONSE_READER_ROLES } from './features/responses/text';
import { WorkPage } from './features/investigation/WorkPage';
import { MyPartnershipPage } from './features/partners/MyPartnershipPage';
import { NewPartnerPage } from './features/partners/NewPartnerPage';
import { PartnerPage } from './features/partners/PartnerPage';
import { PartnersListPage } from './features/partners/PartnersListPage';
import { MY_PARTNERSHIP_ROLES, PARTNER_EDIT_ROLES, PARTNER_READER_ROLES } from './features/partners/text';
import { WORK_ROLES } from './features/investigation/work';
import { TriageEventPage } from './features/triage/TriageEventPage';
import { TriageQueuePage } from './features/triage/TriageQueuePage';
import { AuthProvider } from './shared/auth/AuthContext';
import { CallbackPage } from './shared/auth/CallbackPage';
import { AUDIT_ROLES, PLAN_EDIT_ROLES, PLAN_READER_ROLES, REPORTER_ROLES, TRIAGE_EDIT_ROLES, TRIAGE_ROLES } from './shared/auth/roles';
import { RequireRole } from './shared/components/guards';
import { Layout } from './shared/components/layout';
import { NotFound } from './shared/components/states';

function MyReportRoute() {
  const { id = '' } = useParams();
  return <MyReportPage id={id} />;
}

function TriageEventRoute() {
  const { id = '' } = useParams();
  return <TriageEventPage id={id} />;
}

function CaseRoute() {
  const { id = '' } = useParams();
  return <CasePage id={id} />;
}

function PlanVersionRoute() {
  const { id = '' } = useParams();
  return <PlanVersionPage id={id} />;
}

function PlanEditRoute() {
  const { id = '' } = useParams();
  return <PlanEditorPage id={id} />;
}

function DecisionRoute() {
  const { id = '' } = useParams();
  return <DecisionPage id={id} />;
}

function DecisionEditRoute() {
  const { id = '' } = useParams();
  return <EditDecisionPage id={id} />;
}

function ImprovementPlanRoute() {
  const { id = '' } = useParams();
  return <PlanPage id={id} />;
}

function EditImprovementPlanRoute() {
  const { id = '' } = useParams();
  return <EditPlanPage id={id} />;
}

function PersonRoute() {
  const { id = '' } = useParams();
  return <PersonPage id={id} />;
}

function CandourEventRoute() {
  const { id = '' } = useParams();
  return <CandourEventPage id={id} />;
}

function ResponseRoute() {
  const { id = '' } = useParams();
  return <ResponsePage id={id} />;
}

function ResponseEventRoute() {
  const { id = '', eventId = '' } = useParams();
  return <ResponseEventPage responseId={id} eventId={eventId} />;
}

function EngagementRoute() {
  const { id = '' } = useParams();
  return <EngagementPage id={id} />;
}

function StaffSupportRoute() {
  const { id = '' } = useParams();
  return <StaffSupportPage id={id} />;
}

function ActionRoute() {
  const { id = '' } = useParams();
  return <ActionPage id={id} />;
}

function BeingFairRoute() {
  const { id = '' } = useParams();
  return <BeingFairPage id={id} />;
}

function WorkRoute() {
  const { id = '' } = useParams();
  return <WorkPage id={id} />;
}

function PartnerRoute() {
  const { id = '' } = useParams();
  return <PartnerPage id={id} />;
}

export function AppRoutes({ manager }: { manager: UserManager }) {
  return (
    <Routes>
      <Route path="/" element={<HomePage />} />
      <Route path="/callback" element={<CallbackPage manager={manager} />} />
      <Route
        path="/report"
        element={
          <RequireRole roles={REPORTER_ROLES}>
            <ReportingProvider />
          </RequireRole>
        }
      >
        <Route index element={<Navigate to="/report/event" replace />} />
        <Route path="event" element={<EventPage />} />
        <Route path="details" element={<DetailsPage />} />
        <Route path="patient" element={<PatientPage />} />
        <Route path="staff" element={<StaffPage />} />
        <Route path="check" element={<CheckPage />} />
      </Route>
      <Route
        path="/report/done"
        element={
          <RequireRole roles={REPORTER_ROLES}>
            <DonePage />
          </RequireRole>
        }
      />
      <Route
        path="/my-reports"
        element={
          <RequireRole roles={REPORTER_ROLES}>
            <MyReportsPage />
          </RequireRole>
        }
      />
      <Route
        path="/my-reports/:id"
        element={
          <RequireRole roles={REPORTER_ROLES}>
            <MyReportRoute />
          </RequireRole>
        }
      />
      <Route
        path="/triage"
        element={
          <RequireRole roles={TRIAGE_ROLES}>
            <TriageQueuePage />
          </RequireRole>
        }
      />
      <Route
        path="/triage/:id"
        element={
          <RequireRole roles={TRIAGE_ROLES}>
            <TriageEventRoute />
          </RequireRole>
        }
      />
      <Route
        path="/cases"
        element={
          <RequireRole roles={TRIAGE_ROLES}>
            <CasesPage />
          </RequireRole>
        }
      />
      <Route
        path="/cases/new"
        element={
          <RequireRole roles={TRIAGE_EDIT_ROLES}>
            <NewCasePage />
          </RequireRole>
        }
      />
      <Route
        path="/cases/:id"
        element={
          <RequireRole roles={TRIAGE_ROLES}>
            <CaseRoute />
          </RequireRole>
        }
      />
      <Route
        path="/audit"
        element={
          <RequireRole roles={AUDIT_ROLES}>
            <AuditPage />
          </RequireRole>
        }
      />
      <Route
        path="/plan"
        element={
          <RequireRole roles={PLAN_READER_ROLES}>
            <ResponsePlanPage />
          </RequireRole>
        }
      />
      <Route
        path="/plan/new"
        element={
          <RequireRole roles={PLAN_EDIT_ROLES}>
            <PlanEditorPage />
          </RequireRole>
        }
      />
      <Route
        path="/plan/versions/:id"
        element={
          <RequireRole roles={PLAN_READER_ROLES}>
            <PlanVersionRoute />
          </RequireRole>
        }
      />
      <Route
        path="/plan/versions/:id/edit"
        element={
          <RequireRole roles={PLAN_EDIT_ROLES}>
            <PlanEditRoute />
          </RequireRole>
        }
      />
      <Route
        path="/decisions"
        element={
          <RequireRole roles={DECISION_READER_ROLES}>
            <DecisionsListPage />
          </RequireRole>
        }
      />
      <Route
        path="/decisions/new"
        element={
          <RequireRole roles={DECISION_EDIT_ROLES}>
            <NewDecisionPage />
          </RequireRole>
        }
      />
      <Route
        path="/decisions/:id"
        element={
          <RequireRole roles={DECISION_CHAIR_ROLES}>
            <DecisionRoute />
          </RequireRole>
        }
      />
      <Route
        path="/decisions/:id/edit"
        element={
          <RequireRole roles={DECISION_EDIT_ROLES}>
            <DecisionEditRoute />
          </RequireRole>
        }
      />
      <Route
        path="/responses"
        element={
          <RequireRole roles={RESPONSE_READER_ROLES}>
            <ResponsesListPage />
          </RequireRole>
        }
      />
      <Route
        path="/responses/:id"
        element={
          <RequireRole roles={RESPONSE_READER_ROLES}>
            <ResponseRoute />
          </RequireRole>
        }
      />
      <Route
        path="/responses/:id/events/:eventId"
        element={
          <RequireRole roles={RESPONSE_READER_ROLES}>
            <ResponseEventRoute />
          </RequireRole>
        }
      />
      <Route
        path="/responses/:id/engagement"
        element={
          <RequireRole roles={ENGAGEMENT_ROLES}>
            <EngagementRoute />
          </RequireRole>
        }
      />
      <Route
        path="/candour"
        element={
          <RequireRole roles={CANDOUR_READER_ROLES}>
            <CandourListPage />
          </RequireRole>
        }
      />
      <Route
        path="/candour/bank-holidays"
        element={
          <RequireRole roles={CANDOUR_READER_ROLES}>
            <BankHolidaysPage />
          </RequireRole>
        }
      />
      <Route
        path="/candour/events/:id"
        element={
          <RequireRole roles={EVENT_CANDOUR_ROLES}>
            <CandourEventRoute />
          </RequireRole>
        }
      />
      <Route
        path="/responses/:id/staff-support"
        element={
          <RequireRole roles={STAFF_SUPPORT_ROLES}>
            <StaffSupportRoute />
          </RequireRole>
        }
      />
      <Route
        path="/actions"
        element={
          <RequireRole roles={ACTION_MANAGER_ROLES}>
            <ActionsListPage />
          </RequireRole>
        }
      />
      <Route
        path="/actions/new"
        element={
          <RequireRole roles={ACTION_MANAGER_ROLES}>
            <NewActionPage />
          </RequireRole>
        }
      />
      <Route
        path="/actions/:id"
        element={
          <RequireRole roles={ACTION_OWNER_ROLES}>
            <ActionRoute />
          </RequireRole>
        }
      />
      <Route
        path="/my-actions"
        element={
          <RequireRole roles={ACTION_OWNER_ROLES}>
            <MyActionsPage />
          </RequireRole>
        }
      />
      <Route
        path="/responses/:id/work"
        element={
          <RequireRole roles={WORK_ROLES}>
            <WorkRoute />
          </RequireRole>
        }
      />
      <Route
        path="/improvement-plans"
        element={
          <RequireRole roles={IMPROVEMENT_READER_ROLES}>
            <ImprovementPlansPage />
          </RequireRole>
        }
      />
      <Route
        path="/improvement-plans/new"
        element={
          <RequireRole roles={IMPROVEMENT_EDIT_ROLES}>
            <NewPlanPage />
          </RequireRole>
        }
      />
      <Route
        path="/improvement-plans/:id"
        element={
          <RequireRole roles={IMPROVEMENT_READER_ROLES}>
            <ImprovementPlanRoute />
          </RequireRole>
        }
      />
      <Route
        path="/improvement-plans/:id/edit"
        element={
          <RequireRole roles={IMPROVEMENT_EDIT_ROLES}>
            <EditImprovementPlanRoute />
          </RequireRole>
        }
      />
      <Route path="*" element={<NotFound />} />
      <Route
        path="/people"
        element={
          <RequireRole roles={PEOPLE_READER_ROLES}>
            <PeopleListPage />
          </RequireRole>
        }
      />
      <Route
        path="/people/new"
        element={
          <RequireRole roles={PEOPLE_EDIT_ROLES}>
            <NewPersonPage />
          </RequireRole>
        }
      />
      <Route
        path="/people/:id"
        element={
          <RequireRole roles={PEOPLE_READER_ROLES}>
            <PersonRoute />
          </RequireRole>
        }
      />
      <Route
        path="/training/compliance"
        element={
          <RequireRole roles={PEOPLE_READER_ROLES}>
            <CompliancePage />
          </RequireRole>
        }
      />
      <Route
        path="/oversight-groups"
        element={
          <RequireRole roles={OVERSIGHT_READER_ROLES}>
            <OversightGroupsPage />
          </RequireRole>
        }
      />
      <Route
        path="/oversight-groups/new"
        element={
          <RequireRole roles={OVERSIGHT_EDIT_ROLES}>
            <NewOversightGroupPage />
          </RequireRole>
        }
      />
      <Route
        path="/oversight-groups/:id"
        element={
          <RequireRole roles={OVERSIGHT_READER_ROLES}>
            <OversightGroupRoute />
          </RequireRole>
        }
      />
      <Route
        path="/oversight-groups/:id/responses/:responseId"
        element={
          <RequireRole roles={OVERSIGHT_READER_ROLES}>
            <OversightResponseRoute />
          </RequireRole>
        }
      />
      <Route
        path="/oversight-groups/:id/improvement-plans/:planId"
        element={
          <RequireRole roles={OVERSIGHT_READER_ROLES}>
            <OversightPlanRoute />
          </RequireRole>
        }
      />
      <Route
        path="/my-staff-support"
        element={
          <RequireRole roles={SUPPORTER_ROLES}>
            <MyStaffSupportPage />
          </RequireRole>
        }
      />
      <Route
        path="/being-fair"
        element={
          <RequireRole roles={BEING_FAIR_ROLES}>
            <BeingFairListPage />
          </RequireRole>
        }
      />
      <Route
        path="/being-fair/new"
        element={
          <RequireRole roles={BEING_FAIR_USER_ROLES}>
            <OpenBeingFairPage />
          </RequireRole>
        }
      />
      <Route
        path="/being-fair/:id"
        element={
          <RequireRole roles={BEING_FAIR_ROLES}>
            <BeingFairRoute />
          </RequireRole>
        }
      />
      <Route
        path="/patient-safety-partners"
        element={
          <RequireRole roles={PARTNER_READER_ROLES}>
            <PartnersListPage />
          </RequireRole>
        }
      />
      <Route
        path="/patient-safety-partners/new"
        element={
          <RequireRole roles={PARTNER_EDIT_ROLES}>
            <NewPartnerPage />
          </RequireRole>
        }
      />
      <Route
        path="/patient-safety-partners/:id"
        element={
          <RequireRole roles={PARTNER_READER_ROLES}>
            <PartnerRoute />
          </RequireRole>
        }
      />
      <Route
        path="/my-partnership"
        element={
          <RequireRole roles={MY_PARTNERSHIP_ROLES}>
            <MyPartnershipPage />
          </RequireRole>
        }
      />
      <Route
        path="/my-training"
        element={
          <RequireRole roles={PLAN_READER_ROLES}>
            <MyTrainingPage />
          </RequireRole>
        }
      />
    </Routes>
  );
}

function AppShell({ manager }: { manager: UserManager }) {
  return (
    <AuthProvider manager={manager}>
      <Layout>
        <AppRoutes manager={manager} />
      </Layout>
    </AuthProvider>
  );
}

/**
 * A data router, so that a page can hold the reader before unsaved changes are lost (useBlocker); its one route
 * renders the app's routes as before.
 */
export function App({ manager }: { manager: UserManager }) {
  const [router] = useState(() => createBrowserRouter([{ path: '*', element: <AppShell manager={manager} /> }]));
  return <RouterProvider router={router} />;
}
