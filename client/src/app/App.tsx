import { ApolloProvider } from '@apollo/client/react';
import { lazy, useMemo } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { RequireRole } from '../features/auth/RequireRole';
import { NotFoundPage } from '../ui/NotFoundPage';
import { createApolloClient } from './apollo';
import { Layout } from './Layout';

// Every page loads on first use (Layout shows 読み込み中 meanwhile): the first page carries only
// the shell and its own chunk, and people browsing the plan never download the staff's pages.
const StrategiesPage = lazy(() => import('../features/plan/StrategiesPage').then((m) => ({ default: m.StrategiesPage })));
const StrategyPage = lazy(() => import('../features/plan/StrategyPage').then((m) => ({ default: m.StrategyPage })));
const MeasurePage = lazy(() => import('../features/plan/MeasurePage').then((m) => ({ default: m.MeasurePage })));
const IndicatorPage = lazy(() => import('../features/indicator/IndicatorPage').then((m) => ({ default: m.IndicatorPage })));
const SignInPage = lazy(() => import('../features/auth/SignInPage').then((m) => ({ default: m.SignInPage })));
const ReviewHomePage = lazy(() => import('../features/review/ReviewHomePage').then((m) => ({ default: m.ReviewHomePage })));
const CycleInboxPage = lazy(() => import('../features/review/CycleInboxPage').then((m) => ({ default: m.CycleInboxPage })));
const ActualEntryPage = lazy(() => import('../features/review/ActualEntryPage').then((m) => ({ default: m.ActualEntryPage })));
const CyclesPage = lazy(() => import('../features/cycles/CyclesPage').then((m) => ({ default: m.CyclesPage })));
const CycleBoardPage = lazy(() => import('../features/cycles/CycleBoardPage').then((m) => ({ default: m.CycleBoardPage })));
const MeasureReviewPage = lazy(() => import('../features/council-review/MeasureReviewPage').then((m) => ({ default: m.MeasureReviewPage })));
const GoalReviewPage = lazy(() => import('../features/council-review/GoalReviewPage').then((m) => ({ default: m.GoalReviewPage })));
const ReviewIndexPage = lazy(() => import('../features/council-review/ReviewIndexPage').then((m) => ({ default: m.ReviewIndexPage })));
const ReviewCyclesPage = lazy(() => import('../features/council-review/ReviewCyclesPage').then((m) => ({ default: m.ReviewCyclesPage })));
const InboxPage = lazy(() => import('../features/inbox/InboxPage').then((m) => ({ default: m.InboxPage })));
const CycleSummaryPage = lazy(() => import('../features/cycle-summary/CycleSummaryPage').then((m) => ({ default: m.CycleSummaryPage })));
const ChangesPage = lazy(() => import('../features/changes/ChangesPage').then((m) => ({ default: m.ChangesPage })));
const AuditLogPage = lazy(() => import('../features/audit/AuditLogPage').then((m) => ({ default: m.AuditLogPage })));
const AccountPage = lazy(() => import('../features/account/AccountPage').then((m) => ({ default: m.AccountPage })));
const PasswordResetPage = lazy(() => import('../features/account/PasswordResetPage').then((m) => ({ default: m.PasswordResetPage })));

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
            <Route path="signin" element={<SignInPage />} />
            <Route path="password-reset/:token" element={<PasswordResetPage />} />
            <Route element={<RequireRole roles={['COUNCIL', 'DEPARTMENT', 'PLANNING', 'ADMIN']} />}>
              <Route path="account" element={<AccountPage />} />
            </Route>
            <Route element={<RequireRole roles={['DEPARTMENT', 'PLANNING']} />}>
              <Route path="review" element={<ReviewHomePage />} />
              <Route path="review/cycles/:cycleId" element={<CycleInboxPage />} />
              <Route path="review/cycles/:cycleId/indicators/:indicatorId" element={<ActualEntryPage />} />
            </Route>
            <Route element={<RequireRole roles={['COUNCIL', 'DEPARTMENT', 'PLANNING', 'ADMIN']} />}>
              <Route path="review/cycles" element={<ReviewCyclesPage />} />
              <Route path="review/cycles/:cycleId/measures" element={<ReviewIndexPage />} />
              <Route path="review/cycles/:cycleId/measures/:measureId" element={<MeasureReviewPage />} />
              <Route path="review/cycles/:cycleId/goals/:goalId" element={<GoalReviewPage />} />
            </Route>
            <Route element={<RequireRole roles={['PLANNING', 'ADMIN']} />}>
              <Route path="cycles" element={<CyclesPage />} />
              <Route path="cycles/:cycleId/board/:departmentKey?" element={<CycleBoardPage />} />
              <Route path="audit" element={<AuditLogPage />} />
            </Route>
            <Route element={<RequireRole roles={['COUNCIL', 'DEPARTMENT', 'PLANNING', 'ADMIN']} />}>
              <Route path="inbox" element={<InboxPage />} />
              <Route path="cycles/:cycleId/summary" element={<CycleSummaryPage />} />
              <Route path="review/cycles/:cycleId/changes" element={<ChangesPage />} />
            </Route>
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </ApolloProvider>
  );
}
