import { ApolloProvider } from '@apollo/client/react';
import { lazy, useMemo } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { RequireRole } from '../features/auth/RequireRole';
import { NotFoundPage } from '../ui/NotFoundPage';
import { createApolloClient } from './apollo';
import { lazyPage } from './lazyPage';
import { Layout } from './Layout';

// Every page loads on first use (Layout shows 読み込み中 meanwhile): the first page carries only
// the shell and its own chunk, and people browsing the plan never download the staff's pages.
// The pages a visitor lands on (/ and /signin) use the strings shipped with the entry; every other
// page brings the rest of them (lazyPage).
const StrategiesPage = lazy(() => import('../features/plan/StrategiesPage').then((m) => ({ default: m.StrategiesPage })));
const StrategyPage = lazy(() => import('../features/plan/StrategyPage').then((m) => ({ default: m.StrategyPage })));
const MeasurePage = lazyPage(() => import('../features/plan/MeasurePage'), 'MeasurePage');
const IndicatorPage = lazyPage(() => import('../features/indicator/IndicatorPage'), 'IndicatorPage');
const SignInPage = lazy(() => import('../features/auth/SignInPage').then((m) => ({ default: m.SignInPage })));
const ReviewHomePage = lazyPage(() => import('../features/review/ReviewHomePage'), 'ReviewHomePage');
const CycleInboxPage = lazyPage(() => import('../features/review/CycleInboxPage'), 'CycleInboxPage');
const ActualEntryPage = lazyPage(() => import('../features/review/ActualEntryPage'), 'ActualEntryPage');
const MeasureReportPage = lazyPage(() => import('../features/measure-report/MeasureReportPage'), 'MeasureReportPage');
const CyclesPage = lazyPage(() => import('../features/cycles/CyclesPage'), 'CyclesPage');
const CycleBoardPage = lazyPage(() => import('../features/cycles/CycleBoardPage'), 'CycleBoardPage');
const MeasureReviewPage = lazyPage(() => import('../features/council-review/pages/MeasureReviewPage'), 'MeasureReviewPage');
const GoalReviewPage = lazyPage(() => import('../features/council-review/pages/GoalReviewPage'), 'GoalReviewPage');
const ReviewIndexPage = lazyPage(() => import('../features/council-review/pages/ReviewIndexPage'), 'ReviewIndexPage');
const RevisionCommentsPage = lazyPage(() => import('../features/council-review/pages/RevisionCommentsPage'), 'RevisionCommentsPage');
const ReviewCyclesPage = lazyPage(() => import('../features/council-review/pages/ReviewCyclesPage'), 'ReviewCyclesPage');
const CouncilPackPage = lazyPage(() => import('../features/council-pack/CouncilPackPage'), 'CouncilPackPage');
const InboxPage = lazyPage(() => import('../features/inbox/InboxPage'), 'InboxPage');
const CycleSummaryPage = lazyPage(() => import('../features/cycle-summary/CycleSummaryPage'), 'CycleSummaryPage');
const ChangesPage = lazyPage(() => import('../features/changes/ChangesPage'), 'ChangesPage');
const EvaluationSettingsPage = lazyPage(() => import('../features/evaluation-settings/EvaluationSettingsPage'), 'EvaluationSettingsPage');
const AuditLogPage = lazyPage(() => import('../features/audit/AuditLogPage'), 'AuditLogPage');
const AccountPage = lazyPage(() => import('../features/account/AccountPage'), 'AccountPage');
const PasswordResetPage = lazyPage(() => import('../features/account/PasswordResetPage'), 'PasswordResetPage');
const UsersPage = lazyPage(() => import('../features/users/UsersPage'), 'UsersPage');
const InvitationPage = lazyPage(() => import('../features/users/InvitationPage'), 'InvitationPage');
const RevisionsIndexPage = lazyPage(() => import('../features/plan-revisions/pages'), 'RevisionsIndexPage');
const PlanRevisionsPage = lazyPage(() => import('../features/plan-revisions/pages'), 'PlanRevisionsPage');
const PlanRevisionPage = lazyPage(() => import('../features/plan-revisions/pages'), 'PlanRevisionPage');
const publishedPages = () => import('../features/published-results/pages');
const PublishedCyclesPage = lazyPage(publishedPages, 'PublishedCyclesPage');
const PublishedCyclePage = lazyPage(publishedPages, 'PublishedCyclePage');
const PublishedMeasurePage = lazyPage(publishedPages, 'PublishedMeasurePage');
const PublishedGoalPage = lazyPage(publishedPages, 'PublishedGoalPage');
const ComparisonPage = lazyPage(() => import('../features/plan-revisions/pages'), 'ComparisonPage');

export function App() {
  const client = useMemo(createApolloClient, []);
  return (
    <ApolloProvider client={client}>
      <BrowserRouter>
        <Routes>
          <Route element={<Layout />}>
            <Route index element={<StrategiesPage />} />
            <Route path="strategies/:strategyId" element={<StrategyPage />} />
            <Route path="measures/:measureId" element={<MeasurePage />} />
            <Route path="indicators/:indicatorId" element={<IndicatorPage />} />
            {/* 公開: a published cycle's results, for everyone. */}
            <Route path="results/:strategyId" element={<PublishedCyclesPage />} />
            <Route path="results/cycles/:cycleId" element={<PublishedCyclePage />} />
            <Route path="results/cycles/:cycleId/measures/:measureId" element={<PublishedMeasurePage />} />
            <Route path="results/cycles/:cycleId/goals/:goalNumber" element={<PublishedGoalPage />} />
            <Route path="signin" element={<SignInPage />} />
            <Route path="password-reset/:token" element={<PasswordResetPage />} />
            <Route path="invitation/:token" element={<InvitationPage />} />
            <Route element={<RequireRole roles={['COUNCIL', 'DEPARTMENT', 'PLANNING', 'ADMIN']} />}>
              <Route path="account" element={<AccountPage />} />
            </Route>
            <Route element={<RequireRole roles={['DEPARTMENT', 'PLANNING']} />}>
              <Route path="review" element={<ReviewHomePage />} />
              <Route path="review/cycles/:cycleId" element={<CycleInboxPage />} />
              <Route path="review/cycles/:cycleId/indicators/:indicatorId" element={<ActualEntryPage />} />
              <Route path="review/cycles/:cycleId/measures/:measureId/report" element={<MeasureReportPage />} />
            </Route>
            <Route element={<RequireRole roles={['COUNCIL', 'DEPARTMENT', 'PLANNING', 'ADMIN']} />}>
              <Route path="review/cycles" element={<ReviewCyclesPage />} />
              <Route path="review/cycles/:cycleId/measures" element={<ReviewIndexPage />} />
              <Route path="review/cycles/:cycleId/measures/:measureId" element={<MeasureReviewPage />} />
              <Route path="review/cycles/:cycleId/goals/:goalId" element={<GoalReviewPage />} />
              <Route path="review/cycles/:cycleId/pack" element={<CouncilPackPage />} />
            </Route>
            <Route element={<RequireRole roles={['PLANNING', 'ADMIN']} />}>
              <Route path="cycles" element={<CyclesPage />} />
              <Route path="cycles/:cycleId/board/:departmentKey?" element={<CycleBoardPage />} />
              <Route path="audit" element={<AuditLogPage />} />
              <Route path="users" element={<UsersPage />} />
              <Route path="strategies/:strategyId/evaluation" element={<EvaluationSettingsPage />} />
            </Route>
            <Route element={<RequireRole roles={['COUNCIL', 'DEPARTMENT', 'PLANNING', 'ADMIN']} />}>
              <Route path="inbox" element={<InboxPage />} />
              <Route path="cycles/:cycleId/summary" element={<CycleSummaryPage />} />
              <Route path="review/cycles/:cycleId/changes" element={<ChangesPage />} />
              {/* Revisions are read by everyone signed in (the council reads a draft before it is decided); 政策企画課 alone writes them. */}
              <Route path="revisions" element={<RevisionsIndexPage />} />
              <Route path="strategies/:strategyId/revisions" element={<PlanRevisionsPage />} />
              <Route path="revisions/:revisionId" element={<PlanRevisionPage />} />
              <Route path="revisions/:revisionId/comparison" element={<ComparisonPage />} />
              <Route path="revisions/:revisionId/comments" element={<RevisionCommentsPage />} />
            </Route>
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </ApolloProvider>
  );
}
