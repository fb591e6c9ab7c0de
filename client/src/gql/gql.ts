/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      id\n      mustChangePassword\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      id\n      role\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query AuditLog($entityId: ID, $first: Int!) {\n    auditLog(entityId: $entityId, first: $first) {\n      id\n      action\n      at\n      entityType\n      entityId\n      before\n      after\n      user {\n        id\n        displayName\n        role\n        department {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query AuditNames {\n    strategies {\n      id\n      goals {\n        id\n        kgis {\n          id\n          name\n        }\n        measures {\n          id\n          code\n          title\n          indicators {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.AuditNamesDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n      role\n      mustChangePassword\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      displayName\n      email\n      role\n      mustChangePassword\n      department {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  query ChangesCycle($id: ID!) {\n    reviewCycle(id: $id) {\n      id\n      fiscalYear\n      state\n      activitySeq\n      previousCycle {\n        id\n        fiscalYear\n      }\n    }\n  }\n": typeof types.ChangesCycleDocument,
    "\n  query CycleChanges($strategyId: ID!, $cycleId: ID!, $previousId: ID!, $fiscalYear: Int!, $previousYear: Int!) {\n    actuals(cycleId: $cycleId) {\n      id\n      value\n      notKnownReason\n      status\n      indicator {\n        id\n      }\n    }\n    previousActuals: actuals(cycleId: $previousId) {\n      id\n      value\n      notKnownReason\n      status\n      indicator {\n        id\n      }\n    }\n    strategy(id: $strategyId) {\n      id\n      goals {\n        id\n        measures {\n          id\n          code\n          title\n          progress(fiscalYear: $fiscalYear) {\n            grade\n          }\n          previousProgress: progress(fiscalYear: $previousYear) {\n            grade\n          }\n          report(cycleId: $cycleId) {\n            id\n            nextDirection\n          }\n          previousReport: report(cycleId: $previousId) {\n            id\n            nextDirection\n          }\n          indicators {\n            id\n            name\n            unit\n            relisted\n            progress(fiscalYear: $fiscalYear) {\n              grade\n            }\n            previousProgress: progress(fiscalYear: $previousYear) {\n              grade\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CycleChangesDocument,
    "\n  fragment ActionItem_action on ImprovementAction {\n    id\n    description\n    dueFiscalYear\n    originFiscalYear\n    status\n    version\n    ownerDepartment {\n      id\n      name\n    }\n    progressNotes {\n      id\n      at\n      body\n      status\n    }\n  }\n": typeof types.ActionItem_ActionFragmentDoc,
    "\n  mutation UpdateImprovementAction($input: UpdateImprovementActionInput!) {\n    updateImprovementAction(input: $input) {\n      ...ActionItem_action\n    }\n  }\n": typeof types.UpdateImprovementActionDocument,
    "\n  query ActionOwnerDepartments {\n    strategies {\n      id\n      departments {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ActionOwnerDepartmentsDocument,
    "\n  query GoalReview($cycleId: ID!, $fiscalYear: Int!) {\n    strategies {\n      id\n      ...KpiReview_strategy\n      goals {\n        id\n        ...GoalGrades_goal\n        kgis {\n          ...KpiReview_indicator\n        }\n        carriedOverActions(fiscalYear: $fiscalYear) {\n          ...ActionItem_action\n        }\n      }\n    }\n    reviewThreads(cycleId: $cycleId) {\n      ...ThreadView_thread\n      ...OpenThreads_thread\n    }\n  }\n": typeof types.GoalReviewDocument,
    "\n  fragment KpiReview_indicator on Indicator {\n    id\n    name\n    relisted\n    departmentsNote\n    departments {\n      id\n      name\n    }\n    ...IndicatorProgressInputs_indicator\n  }\n": typeof types.KpiReview_IndicatorFragmentDoc,
    "\n  fragment KpiReview_strategy on Strategy {\n    ...StrategyProgressConfig_strategy\n  }\n": typeof types.KpiReview_StrategyFragmentDoc,
    "\n  fragment MeasureGradeTable_measure on Measure {\n    id\n    code\n    title\n    progress(fiscalYear: $fiscalYear) {\n      grade\n    }\n    report(cycleId: $cycleId) {\n      id\n      selfGrade\n    }\n  }\n": typeof types.MeasureGradeTable_MeasureFragmentDoc,
    "\n  fragment GoalGrades_goal on Goal {\n    id\n    number\n    title\n    progress(fiscalYear: $fiscalYear) {\n      grade\n    }\n    measures {\n      ...MeasureGradeTable_measure\n    }\n  }\n": typeof types.GoalGrades_GoalFragmentDoc,
    "\n  fragment MeasureReportView_report on MeasureReport {\n    id\n    whatWasDone\n    issues\n    nextDirection\n    selfGrade\n    status\n  }\n": typeof types.MeasureReportView_ReportFragmentDoc,
    "\n  query MeasureReview($cycleId: ID!, $measureId: ID!, $fiscalYear: Int!) {\n    measure(id: $measureId) {\n      id\n      code\n      title\n      goal {\n        id\n        number\n        title\n        strategy {\n          id\n          ...KpiReview_strategy\n        }\n      }\n      progress(fiscalYear: $fiscalYear) {\n        grade\n      }\n      report(cycleId: $cycleId) {\n        ...MeasureReportView_report\n      }\n      indicators {\n        ...KpiReview_indicator\n      }\n      carriedOverActions(fiscalYear: $fiscalYear) {\n        ...ActionItem_action\n      }\n    }\n    reviewThreads(cycleId: $cycleId, measureId: $measureId) {\n      ...ThreadView_thread\n      anchor\n      goal {\n        id\n      }\n      measure {\n        id\n      }\n      indicator {\n        id\n      }\n    }\n  }\n": typeof types.MeasureReviewDocument,
    "\n  fragment PostItem_post on ThreadPost {\n    id\n    body\n    createdAt\n    editedAt\n    editableUntil\n    author {\n      id\n      displayName\n    }\n    revisions {\n      id\n      body\n      replacedAt\n    }\n  }\n": typeof types.PostItem_PostFragmentDoc,
    "\n  mutation EditThreadPost($postId: ID!, $body: String!) {\n    editThreadPost(postId: $postId, body: $body) {\n      ...PostItem_post\n    }\n  }\n": typeof types.EditThreadPostDocument,
    "\n  mutation RespondToThread($input: RespondToThreadInput!) {\n    respondToThread(input: $input) {\n      ...ResponseItem_response\n    }\n  }\n": typeof types.RespondToThreadDocument,
    "\n  fragment ResponseItem_response on ThreadResponse {\n    id\n    stance\n    body\n    reason\n    version\n    updatedAt\n    author {\n      id\n      displayName\n    }\n    department {\n      id\n      name\n    }\n    actions {\n      ...ActionItem_action\n    }\n  }\n": typeof types.ResponseItem_ResponseFragmentDoc,
    "\n  query ReviewCycleHead($id: ID!) {\n    reviewCycle(id: $id) {\n      id\n      fiscalYear\n      state\n      activitySeq\n    }\n  }\n": typeof types.ReviewCycleHeadDocument,
    "\n  query ReviewCycleList {\n    strategies {\n      id\n      title\n    }\n  }\n": typeof types.ReviewCycleListDocument,
    "\n  query ReviewCyclesOfStrategy($strategyId: ID!) {\n    reviewCycles(strategyId: $strategyId) {\n      id\n      fiscalYear\n      state\n    }\n  }\n": typeof types.ReviewCyclesOfStrategyDocument,
    "\n  query ReviewIndex($cycleId: ID!, $fiscalYear: Int!) {\n    strategies {\n      id\n      title\n      goals {\n        id\n        ...GoalGrades_goal\n      }\n    }\n    reviewThreads(cycleId: $cycleId) {\n      ...OpenThreads_thread\n    }\n  }\n": typeof types.ReviewIndexDocument,
    "\n  fragment SettleControls_thread on ReviewThread {\n    id\n    status\n    version\n    leftReason\n    viewerCan {\n      reply\n      respond\n      settle\n      reopen\n    }\n  }\n": typeof types.SettleControls_ThreadFragmentDoc,
    "\n  mutation ResolveThread($id: ID!, $expectedVersion: Int!) {\n    resolveThread(id: $id, expectedVersion: $expectedVersion) {\n      ...SettleControls_thread\n    }\n  }\n": typeof types.ResolveThreadDocument,
    "\n  mutation ReopenThread($id: ID!, $expectedVersion: Int!) {\n    reopenThread(id: $id, expectedVersion: $expectedVersion) {\n      ...SettleControls_thread\n    }\n  }\n": typeof types.ReopenThreadDocument,
    "\n  mutation LeaveThread($id: ID!, $expectedVersion: Int!, $reason: String!) {\n    leaveThread(id: $id, expectedVersion: $expectedVersion, reason: $reason) {\n      ...SettleControls_thread\n    }\n  }\n": typeof types.LeaveThreadDocument,
    "\n  mutation StartThread($input: StartThreadInput!) {\n    startThread(input: $input) {\n      id\n    }\n  }\n": typeof types.StartThreadDocument,
    "\n  mutation ReplyToThread($threadId: ID!, $body: String!) {\n    replyToThread(threadId: $threadId, body: $body) {\n      ...PostItem_post\n    }\n  }\n": typeof types.ReplyToThreadDocument,
    "\n  fragment ThreadView_thread on ReviewThread {\n    id\n    kind\n    status\n    version\n    awaitingResponse\n    unread\n    leftReason\n    responsibleDepartments {\n      id\n      name\n    }\n    viewerCan {\n      reply\n      respond\n      settle\n      reopen\n    }\n    posts {\n      ...PostItem_post\n    }\n    responses {\n      ...ResponseItem_response\n    }\n    actions {\n      ...ActionItem_action\n    }\n  }\n": typeof types.ThreadView_ThreadFragmentDoc,
    "\n  mutation CreateImprovementAction($input: CreateImprovementActionInput!) {\n    createImprovementAction(input: $input) {\n      ...ActionItem_action\n    }\n  }\n": typeof types.CreateImprovementActionDocument,
    "\n  mutation MarkThreadRead($id: ID!) {\n    markThreadRead(id: $id) {\n      id\n      unread\n    }\n  }\n": typeof types.MarkThreadReadDocument,
    "\n  fragment OpenThreads_thread on ReviewThread {\n    id\n    status\n    anchor\n    goal {\n      id\n    }\n    measure {\n      id\n    }\n    indicator {\n      id\n      goal {\n        id\n      }\n      measures {\n        id\n      }\n    }\n  }\n": typeof types.OpenThreads_ThreadFragmentDoc,
    "\n  query CycleThreads($cycleId: ID!) {\n    reviewThreads(cycleId: $cycleId) {\n      ...ThreadLink_thread\n      awaitingResponse\n    }\n  }\n": typeof types.CycleThreadsDocument,
    "\n  query CycleSummary($id: ID!) {\n    reviewCycle(id: $id) {\n      id\n      fiscalYear\n      state\n      version\n      activitySeq\n      summary {\n        threads\n        threadsByKind {\n          label\n          count\n        }\n        threadsByStatus {\n          label\n          count\n        }\n        responsesByStance {\n          label\n          count\n        }\n        actionsByStatus {\n          label\n          count\n        }\n      }\n    }\n  }\n": typeof types.CycleSummaryDocument,
    "\n  query CycleGrades($strategyId: ID!, $cycleId: ID!, $fiscalYear: Int!) {\n    strategy(id: $strategyId) {\n      id\n      goals {\n        ...GoalGrades_goal\n        measures {\n          id\n          report(cycleId: $cycleId) {\n            id\n            nextDirection\n          }\n        }\n      }\n    }\n  }\n": typeof types.CycleGradesDocument,
    "\n  query StrategyIds {\n    strategies {\n      id\n    }\n  }\n": typeof types.StrategyIdsDocument,
    "\n  query StrategyCycleStates($strategyId: ID!) {\n    reviewCycles(strategyId: $strategyId) {\n      id\n      state\n      activitySeq\n    }\n  }\n": typeof types.StrategyCycleStatesDocument,
    "\n  fragment BoardTable_counts on SubmissionCounts {\n    total\n    missing\n    drafts\n    submitted\n    accepted\n    returned\n  }\n": typeof types.BoardTable_CountsFragmentDoc,
    "\n  query CycleBoard($id: ID!) {\n    reviewCycle(id: $id) {\n      id\n      fiscalYear\n      state\n      version\n      collectingDue\n      reviewingDue\n      respondingDue\n      board {\n        department {\n          id\n          name\n        }\n        late\n        actuals {\n          ...BoardTable_counts\n        }\n        reports {\n          ...BoardTable_counts\n        }\n      }\n    }\n  }\n": typeof types.CycleBoardDocument,
    "\n  query CyclesPage {\n    strategies {\n      id\n      title\n      periodStartFY\n      periodEndFY\n    }\n  }\n": typeof types.CyclesPageDocument,
    "\n  query StrategyCycles($strategyId: ID!) {\n    reviewCycles(strategyId: $strategyId) {\n      id\n      fiscalYear\n      state\n      collectingDue\n    }\n  }\n": typeof types.StrategyCyclesDocument,
    "\n  fragment DecisionItem_actual on Actual {\n    id\n    value\n    notKnownReason\n    note\n    evidenceLinks\n    status\n    returnReason\n    version\n    updatedAt\n    updatedByUser {\n      id\n      displayName\n    }\n  }\n": typeof types.DecisionItem_ActualFragmentDoc,
    "\n  query DepartmentAssignments($cycleId: ID!, $departmentId: ID) {\n    reviewCycle(id: $cycleId) {\n      id\n      assignments(departmentId: $departmentId) {\n        indicator {\n          id\n          key\n          name\n          unit\n          target {\n            text\n          }\n        }\n        actual {\n          ...DecisionItem_actual\n        }\n      }\n    }\n  }\n": typeof types.DepartmentAssignmentsDocument,
    "\n  mutation AcceptActual($id: ID!, $expectedVersion: Int!) {\n    acceptActual(id: $id, expectedVersion: $expectedVersion) {\n      ...DecisionItem_actual\n    }\n  }\n": typeof types.AcceptActualDocument,
    "\n  mutation ReturnActual($id: ID!, $expectedVersion: Int!, $reason: String!) {\n    returnActual(id: $id, expectedVersion: $expectedVersion, reason: $reason) {\n      ...DecisionItem_actual\n    }\n  }\n": typeof types.ReturnActualDocument,
    "\n  mutation MoveReviewCycle($id: ID!, $to: CycleState!, $expectedVersion: Int!, $reason: String) {\n    moveReviewCycle(id: $id, to: $to, expectedVersion: $expectedVersion, reason: $reason) {\n      id\n      state\n      version\n    }\n  }\n": typeof types.MoveReviewCycleDocument,
    "\n  mutation OpenReviewCycle($input: OpenReviewCycleInput!) {\n    openReviewCycle(input: $input) {\n      id\n      fiscalYear\n      state\n      version\n      collectingDue\n      reviewingDue\n      respondingDue\n    }\n  }\n": typeof types.OpenReviewCycleDocument,
    "\n  fragment ThreadLink_thread on ReviewThread {\n    id\n    kind\n    status\n    unread\n    anchor\n    measure {\n      id\n      code\n      title\n    }\n    goal {\n      id\n      number\n      title\n    }\n    indicator {\n      id\n      name\n      goal {\n        id\n      }\n      measures {\n        id\n      }\n    }\n    posts {\n      id\n      body\n    }\n  }\n": typeof types.ThreadLink_ThreadFragmentDoc,
    "\n  query Inbox {\n    inbox {\n      total\n      items {\n        kind\n        count\n        cycle {\n          id\n          fiscalYear\n          state\n        }\n        threads {\n          ...ThreadLink_thread\n        }\n        actions {\n          id\n          description\n          dueFiscalYear\n          status\n          # Only where it is read (reviewPathOf): the list shows the action's own words.\n          measure {\n            id\n          }\n          goal {\n            id\n          }\n        }\n        departments {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.InboxDocument,
    "\n  query IndicatorPage($id: ID!) {\n    indicator(id: $id) {\n      id\n      kind\n      name\n      dataSource\n      departmentsNote\n      departments {\n        id\n        name\n      }\n      ...IndicatorProgressInputs_indicator\n      baseline {\n        note\n      }\n      goal {\n        id\n        number\n        title\n        strategy {\n          id\n          ...StrategyProgressConfig_strategy\n        }\n      }\n      measures {\n        id\n        code\n        title\n      }\n    }\n  }\n": typeof types.IndicatorPageDocument,
    "\n  fragment IndicatorProgressInputs_indicator on Indicator {\n    id\n    unit\n    targetKind\n    direction\n    target {\n      value\n      fiscalYear\n      text\n    }\n    baseline {\n      value\n      label\n      text\n    }\n    actuals {\n      id\n      fiscalYear\n      value\n      notKnownReason\n      status\n    }\n  }\n": typeof types.IndicatorProgressInputs_IndicatorFragmentDoc,
    "\n  fragment StrategyProgressConfig_strategy on Strategy {\n    periodStartFY\n    progressConfig {\n      formula\n      lowestGrade\n      notMeasurableGrade\n      thresholds {\n        grade\n        minRate\n      }\n    }\n  }\n": typeof types.StrategyProgressConfig_StrategyFragmentDoc,
    "\n  subscription CycleActivity($cycleId: ID!, $after: String) {\n    activity(cycleId: $cycleId, after: $after) {\n      seq\n      action\n      entityType\n      entityId\n      threadId\n    }\n  }\n": typeof types.CycleActivityDocument,
    "\n  fragment GoalSection_goal on Goal {\n    number\n    title\n    basicDirection\n    kgis {\n      id\n      name\n      departmentsNote\n      departments {\n        id\n        name\n      }\n      target {\n        text\n      }\n      baseline {\n        text\n        label\n      }\n    }\n    measures {\n      id\n      code\n      title\n    }\n  }\n": typeof types.GoalSection_GoalFragmentDoc,
    "\n  fragment KpiTable_group on KpiGroup {\n    no\n    item\n    indicators {\n      id\n      name\n      relisted\n      departmentsNote\n      departments {\n        id\n        name\n      }\n      target {\n        text\n        fiscalYear\n      }\n      baseline {\n        text\n        label\n      }\n    }\n  }\n": typeof types.KpiTable_GroupFragmentDoc,
    "\n  query MeasurePage($id: ID!) {\n    measure(id: $id) {\n      id\n      code\n      title\n      notes\n      goal {\n        id\n        number\n        title\n        strategy {\n          id\n          title\n        }\n      }\n      policies {\n        ...PolicyList_policy\n      }\n      kpiGroups {\n        ...KpiTable_group\n      }\n      projects {\n        ...ProjectList_project\n      }\n    }\n  }\n": typeof types.MeasurePageDocument,
    "\n  fragment PolicyList_policy on Policy {\n    id\n    ordinal\n    title\n    bullets\n  }\n": typeof types.PolicyList_PolicyFragmentDoc,
    "\n  fragment ProjectList_project on Project {\n    id\n    name\n    sinceFY\n    relisted\n    departmentsNote\n    departments {\n      id\n      name\n    }\n  }\n": typeof types.ProjectList_ProjectFragmentDoc,
    "\n  query Strategies {\n    strategies {\n      id\n      title\n      municipality\n      periodStartFY\n      periodEndFY\n    }\n  }\n": typeof types.StrategiesDocument,
    "\n  query StrategyOverview($id: ID!) {\n    strategy(id: $id) {\n      id\n      title\n      municipality\n      periodStartFY\n      periodEndFY\n      goals {\n        id\n        ...GoalSection_goal\n      }\n    }\n  }\n": typeof types.StrategyOverviewDocument,
    "\n  fragment ActualEditor_actual on Actual {\n    id\n    fiscalYear\n    value\n    notKnownReason\n    note\n    evidenceLinks\n    status\n    returnReason\n    version\n    updatedAt\n    updatedByUser {\n      id\n      displayName\n    }\n  }\n": typeof types.ActualEditor_ActualFragmentDoc,
    "\n  mutation SaveActual($input: SaveActualInput!) {\n    saveActual(input: $input) {\n      ...ActualEditor_actual\n    }\n  }\n": typeof types.SaveActualDocument,
    "\n  mutation SubmitActual($id: ID!, $expectedVersion: Int!) {\n    submitActual(id: $id, expectedVersion: $expectedVersion) {\n      ...ActualEditor_actual\n    }\n  }\n": typeof types.SubmitActualDocument,
    "\n  query ActualEntry($cycleId: ID!, $indicatorId: ID!) {\n    reviewCycle(id: $cycleId) {\n      id\n      fiscalYear\n      state\n      version\n    }\n    indicator(id: $indicatorId) {\n      id\n      key\n      name\n      kind\n      departmentsNote\n      departments {\n        id\n        name\n      }\n      ...IndicatorProgressInputs_indicator\n      goal {\n        id\n        strategy {\n          id\n          ...StrategyProgressConfig_strategy\n        }\n      }\n      actuals {\n        ...ActualEditor_actual\n      }\n    }\n  }\n": typeof types.ActualEntryDocument,
    "\n  query CycleAssignments($id: ID!) {\n    reviewCycle(id: $id) {\n      id\n      fiscalYear\n      state\n      version\n      collectingDue\n      reviewingDue\n      respondingDue\n      assignments {\n        indicator {\n          id\n          key\n          name\n          unit\n          target {\n            text\n          }\n        }\n        actual {\n          id\n          status\n          value\n          notKnownReason\n          returnReason\n          updatedAt\n          version\n        }\n      }\n    }\n  }\n": typeof types.CycleAssignmentsDocument,
    "\n  query ReviewHome {\n    strategies {\n      id\n      title\n    }\n  }\n": typeof types.ReviewHomeDocument,
    "\n  query StrategyReviewCycles($strategyId: ID!) {\n    reviewCycles(strategyId: $strategyId) {\n      id\n      fiscalYear\n      state\n    }\n  }\n": typeof types.StrategyReviewCyclesDocument,
};
const documents: Documents = {
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      id\n      mustChangePassword\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      id\n      role\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  query AuditLog($entityId: ID, $first: Int!) {\n    auditLog(entityId: $entityId, first: $first) {\n      id\n      action\n      at\n      entityType\n      entityId\n      before\n      after\n      user {\n        id\n        displayName\n        role\n        department {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query AuditNames {\n    strategies {\n      id\n      goals {\n        id\n        kgis {\n          id\n          name\n        }\n        measures {\n          id\n          code\n          title\n          indicators {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.AuditNamesDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n      role\n      mustChangePassword\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      displayName\n      email\n      role\n      mustChangePassword\n      department {\n        id\n        name\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  query ChangesCycle($id: ID!) {\n    reviewCycle(id: $id) {\n      id\n      fiscalYear\n      state\n      activitySeq\n      previousCycle {\n        id\n        fiscalYear\n      }\n    }\n  }\n": types.ChangesCycleDocument,
    "\n  query CycleChanges($strategyId: ID!, $cycleId: ID!, $previousId: ID!, $fiscalYear: Int!, $previousYear: Int!) {\n    actuals(cycleId: $cycleId) {\n      id\n      value\n      notKnownReason\n      status\n      indicator {\n        id\n      }\n    }\n    previousActuals: actuals(cycleId: $previousId) {\n      id\n      value\n      notKnownReason\n      status\n      indicator {\n        id\n      }\n    }\n    strategy(id: $strategyId) {\n      id\n      goals {\n        id\n        measures {\n          id\n          code\n          title\n          progress(fiscalYear: $fiscalYear) {\n            grade\n          }\n          previousProgress: progress(fiscalYear: $previousYear) {\n            grade\n          }\n          report(cycleId: $cycleId) {\n            id\n            nextDirection\n          }\n          previousReport: report(cycleId: $previousId) {\n            id\n            nextDirection\n          }\n          indicators {\n            id\n            name\n            unit\n            relisted\n            progress(fiscalYear: $fiscalYear) {\n              grade\n            }\n            previousProgress: progress(fiscalYear: $previousYear) {\n              grade\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CycleChangesDocument,
    "\n  fragment ActionItem_action on ImprovementAction {\n    id\n    description\n    dueFiscalYear\n    originFiscalYear\n    status\n    version\n    ownerDepartment {\n      id\n      name\n    }\n    progressNotes {\n      id\n      at\n      body\n      status\n    }\n  }\n": types.ActionItem_ActionFragmentDoc,
    "\n  mutation UpdateImprovementAction($input: UpdateImprovementActionInput!) {\n    updateImprovementAction(input: $input) {\n      ...ActionItem_action\n    }\n  }\n": types.UpdateImprovementActionDocument,
    "\n  query ActionOwnerDepartments {\n    strategies {\n      id\n      departments {\n        id\n        name\n      }\n    }\n  }\n": types.ActionOwnerDepartmentsDocument,
    "\n  query GoalReview($cycleId: ID!, $fiscalYear: Int!) {\n    strategies {\n      id\n      ...KpiReview_strategy\n      goals {\n        id\n        ...GoalGrades_goal\n        kgis {\n          ...KpiReview_indicator\n        }\n        carriedOverActions(fiscalYear: $fiscalYear) {\n          ...ActionItem_action\n        }\n      }\n    }\n    reviewThreads(cycleId: $cycleId) {\n      ...ThreadView_thread\n      ...OpenThreads_thread\n    }\n  }\n": types.GoalReviewDocument,
    "\n  fragment KpiReview_indicator on Indicator {\n    id\n    name\n    relisted\n    departmentsNote\n    departments {\n      id\n      name\n    }\n    ...IndicatorProgressInputs_indicator\n  }\n": types.KpiReview_IndicatorFragmentDoc,
    "\n  fragment KpiReview_strategy on Strategy {\n    ...StrategyProgressConfig_strategy\n  }\n": types.KpiReview_StrategyFragmentDoc,
    "\n  fragment MeasureGradeTable_measure on Measure {\n    id\n    code\n    title\n    progress(fiscalYear: $fiscalYear) {\n      grade\n    }\n    report(cycleId: $cycleId) {\n      id\n      selfGrade\n    }\n  }\n": types.MeasureGradeTable_MeasureFragmentDoc,
    "\n  fragment GoalGrades_goal on Goal {\n    id\n    number\n    title\n    progress(fiscalYear: $fiscalYear) {\n      grade\n    }\n    measures {\n      ...MeasureGradeTable_measure\n    }\n  }\n": types.GoalGrades_GoalFragmentDoc,
    "\n  fragment MeasureReportView_report on MeasureReport {\n    id\n    whatWasDone\n    issues\n    nextDirection\n    selfGrade\n    status\n  }\n": types.MeasureReportView_ReportFragmentDoc,
    "\n  query MeasureReview($cycleId: ID!, $measureId: ID!, $fiscalYear: Int!) {\n    measure(id: $measureId) {\n      id\n      code\n      title\n      goal {\n        id\n        number\n        title\n        strategy {\n          id\n          ...KpiReview_strategy\n        }\n      }\n      progress(fiscalYear: $fiscalYear) {\n        grade\n      }\n      report(cycleId: $cycleId) {\n        ...MeasureReportView_report\n      }\n      indicators {\n        ...KpiReview_indicator\n      }\n      carriedOverActions(fiscalYear: $fiscalYear) {\n        ...ActionItem_action\n      }\n    }\n    reviewThreads(cycleId: $cycleId, measureId: $measureId) {\n      ...ThreadView_thread\n      anchor\n      goal {\n        id\n      }\n      measure {\n        id\n      }\n      indicator {\n        id\n      }\n    }\n  }\n": types.MeasureReviewDocument,
    "\n  fragment PostItem_post on ThreadPost {\n    id\n    body\n    createdAt\n    editedAt\n    editableUntil\n    author {\n      id\n      displayName\n    }\n    revisions {\n      id\n      body\n      replacedAt\n    }\n  }\n": types.PostItem_PostFragmentDoc,
    "\n  mutation EditThreadPost($postId: ID!, $body: String!) {\n    editThreadPost(postId: $postId, body: $body) {\n      ...PostItem_post\n    }\n  }\n": types.EditThreadPostDocument,
    "\n  mutation RespondToThread($input: RespondToThreadInput!) {\n    respondToThread(input: $input) {\n      ...ResponseItem_response\n    }\n  }\n": types.RespondToThreadDocument,
    "\n  fragment ResponseItem_response on ThreadResponse {\n    id\n    stance\n    body\n    reason\n    version\n    updatedAt\n    author {\n      id\n      displayName\n    }\n    department {\n      id\n      name\n    }\n    actions {\n      ...ActionItem_action\n    }\n  }\n": types.ResponseItem_ResponseFragmentDoc,
    "\n  query ReviewCycleHead($id: ID!) {\n    reviewCycle(id: $id) {\n      id\n      fiscalYear\n      state\n      activitySeq\n    }\n  }\n": types.ReviewCycleHeadDocument,
    "\n  query ReviewCycleList {\n    strategies {\n      id\n      title\n    }\n  }\n": types.ReviewCycleListDocument,
    "\n  query ReviewCyclesOfStrategy($strategyId: ID!) {\n    reviewCycles(strategyId: $strategyId) {\n      id\n      fiscalYear\n      state\n    }\n  }\n": types.ReviewCyclesOfStrategyDocument,
    "\n  query ReviewIndex($cycleId: ID!, $fiscalYear: Int!) {\n    strategies {\n      id\n      title\n      goals {\n        id\n        ...GoalGrades_goal\n      }\n    }\n    reviewThreads(cycleId: $cycleId) {\n      ...OpenThreads_thread\n    }\n  }\n": types.ReviewIndexDocument,
    "\n  fragment SettleControls_thread on ReviewThread {\n    id\n    status\n    version\n    leftReason\n    viewerCan {\n      reply\n      respond\n      settle\n      reopen\n    }\n  }\n": types.SettleControls_ThreadFragmentDoc,
    "\n  mutation ResolveThread($id: ID!, $expectedVersion: Int!) {\n    resolveThread(id: $id, expectedVersion: $expectedVersion) {\n      ...SettleControls_thread\n    }\n  }\n": types.ResolveThreadDocument,
    "\n  mutation ReopenThread($id: ID!, $expectedVersion: Int!) {\n    reopenThread(id: $id, expectedVersion: $expectedVersion) {\n      ...SettleControls_thread\n    }\n  }\n": types.ReopenThreadDocument,
    "\n  mutation LeaveThread($id: ID!, $expectedVersion: Int!, $reason: String!) {\n    leaveThread(id: $id, expectedVersion: $expectedVersion, reason: $reason) {\n      ...SettleControls_thread\n    }\n  }\n": types.LeaveThreadDocument,
    "\n  mutation StartThread($input: StartThreadInput!) {\n    startThread(input: $input) {\n      id\n    }\n  }\n": types.StartThreadDocument,
    "\n  mutation ReplyToThread($threadId: ID!, $body: String!) {\n    replyToThread(threadId: $threadId, body: $body) {\n      ...PostItem_post\n    }\n  }\n": types.ReplyToThreadDocument,
    "\n  fragment ThreadView_thread on ReviewThread {\n    id\n    kind\n    status\n    version\n    awaitingResponse\n    unread\n    leftReason\n    responsibleDepartments {\n      id\n      name\n    }\n    viewerCan {\n      reply\n      respond\n      settle\n      reopen\n    }\n    posts {\n      ...PostItem_post\n    }\n    responses {\n      ...ResponseItem_response\n    }\n    actions {\n      ...ActionItem_action\n    }\n  }\n": types.ThreadView_ThreadFragmentDoc,
    "\n  mutation CreateImprovementAction($input: CreateImprovementActionInput!) {\n    createImprovementAction(input: $input) {\n      ...ActionItem_action\n    }\n  }\n": types.CreateImprovementActionDocument,
    "\n  mutation MarkThreadRead($id: ID!) {\n    markThreadRead(id: $id) {\n      id\n      unread\n    }\n  }\n": types.MarkThreadReadDocument,
    "\n  fragment OpenThreads_thread on ReviewThread {\n    id\n    status\n    anchor\n    goal {\n      id\n    }\n    measure {\n      id\n    }\n    indicator {\n      id\n      goal {\n        id\n      }\n      measures {\n        id\n      }\n    }\n  }\n": types.OpenThreads_ThreadFragmentDoc,
    "\n  query CycleThreads($cycleId: ID!) {\n    reviewThreads(cycleId: $cycleId) {\n      ...ThreadLink_thread\n      awaitingResponse\n    }\n  }\n": types.CycleThreadsDocument,
    "\n  query CycleSummary($id: ID!) {\n    reviewCycle(id: $id) {\n      id\n      fiscalYear\n      state\n      version\n      activitySeq\n      summary {\n        threads\n        threadsByKind {\n          label\n          count\n        }\n        threadsByStatus {\n          label\n          count\n        }\n        responsesByStance {\n          label\n          count\n        }\n        actionsByStatus {\n          label\n          count\n        }\n      }\n    }\n  }\n": types.CycleSummaryDocument,
    "\n  query CycleGrades($strategyId: ID!, $cycleId: ID!, $fiscalYear: Int!) {\n    strategy(id: $strategyId) {\n      id\n      goals {\n        ...GoalGrades_goal\n        measures {\n          id\n          report(cycleId: $cycleId) {\n            id\n            nextDirection\n          }\n        }\n      }\n    }\n  }\n": types.CycleGradesDocument,
    "\n  query StrategyIds {\n    strategies {\n      id\n    }\n  }\n": types.StrategyIdsDocument,
    "\n  query StrategyCycleStates($strategyId: ID!) {\n    reviewCycles(strategyId: $strategyId) {\n      id\n      state\n      activitySeq\n    }\n  }\n": types.StrategyCycleStatesDocument,
    "\n  fragment BoardTable_counts on SubmissionCounts {\n    total\n    missing\n    drafts\n    submitted\n    accepted\n    returned\n  }\n": types.BoardTable_CountsFragmentDoc,
    "\n  query CycleBoard($id: ID!) {\n    reviewCycle(id: $id) {\n      id\n      fiscalYear\n      state\n      version\n      collectingDue\n      reviewingDue\n      respondingDue\n      board {\n        department {\n          id\n          name\n        }\n        late\n        actuals {\n          ...BoardTable_counts\n        }\n        reports {\n          ...BoardTable_counts\n        }\n      }\n    }\n  }\n": types.CycleBoardDocument,
    "\n  query CyclesPage {\n    strategies {\n      id\n      title\n      periodStartFY\n      periodEndFY\n    }\n  }\n": types.CyclesPageDocument,
    "\n  query StrategyCycles($strategyId: ID!) {\n    reviewCycles(strategyId: $strategyId) {\n      id\n      fiscalYear\n      state\n      collectingDue\n    }\n  }\n": types.StrategyCyclesDocument,
    "\n  fragment DecisionItem_actual on Actual {\n    id\n    value\n    notKnownReason\n    note\n    evidenceLinks\n    status\n    returnReason\n    version\n    updatedAt\n    updatedByUser {\n      id\n      displayName\n    }\n  }\n": types.DecisionItem_ActualFragmentDoc,
    "\n  query DepartmentAssignments($cycleId: ID!, $departmentId: ID) {\n    reviewCycle(id: $cycleId) {\n      id\n      assignments(departmentId: $departmentId) {\n        indicator {\n          id\n          key\n          name\n          unit\n          target {\n            text\n          }\n        }\n        actual {\n          ...DecisionItem_actual\n        }\n      }\n    }\n  }\n": types.DepartmentAssignmentsDocument,
    "\n  mutation AcceptActual($id: ID!, $expectedVersion: Int!) {\n    acceptActual(id: $id, expectedVersion: $expectedVersion) {\n      ...DecisionItem_actual\n    }\n  }\n": types.AcceptActualDocument,
    "\n  mutation ReturnActual($id: ID!, $expectedVersion: Int!, $reason: String!) {\n    returnActual(id: $id, expectedVersion: $expectedVersion, reason: $reason) {\n      ...DecisionItem_actual\n    }\n  }\n": types.ReturnActualDocument,
    "\n  mutation MoveReviewCycle($id: ID!, $to: CycleState!, $expectedVersion: Int!, $reason: String) {\n    moveReviewCycle(id: $id, to: $to, expectedVersion: $expectedVersion, reason: $reason) {\n      id\n      state\n      version\n    }\n  }\n": types.MoveReviewCycleDocument,
    "\n  mutation OpenReviewCycle($input: OpenReviewCycleInput!) {\n    openReviewCycle(input: $input) {\n      id\n      fiscalYear\n      state\n      version\n      collectingDue\n      reviewingDue\n      respondingDue\n    }\n  }\n": types.OpenReviewCycleDocument,
    "\n  fragment ThreadLink_thread on ReviewThread {\n    id\n    kind\n    status\n    unread\n    anchor\n    measure {\n      id\n      code\n      title\n    }\n    goal {\n      id\n      number\n      title\n    }\n    indicator {\n      id\n      name\n      goal {\n        id\n      }\n      measures {\n        id\n      }\n    }\n    posts {\n      id\n      body\n    }\n  }\n": types.ThreadLink_ThreadFragmentDoc,
    "\n  query Inbox {\n    inbox {\n      total\n      items {\n        kind\n        count\n        cycle {\n          id\n          fiscalYear\n          state\n        }\n        threads {\n          ...ThreadLink_thread\n        }\n        actions {\n          id\n          description\n          dueFiscalYear\n          status\n          # Only where it is read (reviewPathOf): the list shows the action's own words.\n          measure {\n            id\n          }\n          goal {\n            id\n          }\n        }\n        departments {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.InboxDocument,
    "\n  query IndicatorPage($id: ID!) {\n    indicator(id: $id) {\n      id\n      kind\n      name\n      dataSource\n      departmentsNote\n      departments {\n        id\n        name\n      }\n      ...IndicatorProgressInputs_indicator\n      baseline {\n        note\n      }\n      goal {\n        id\n        number\n        title\n        strategy {\n          id\n          ...StrategyProgressConfig_strategy\n        }\n      }\n      measures {\n        id\n        code\n        title\n      }\n    }\n  }\n": types.IndicatorPageDocument,
    "\n  fragment IndicatorProgressInputs_indicator on Indicator {\n    id\n    unit\n    targetKind\n    direction\n    target {\n      value\n      fiscalYear\n      text\n    }\n    baseline {\n      value\n      label\n      text\n    }\n    actuals {\n      id\n      fiscalYear\n      value\n      notKnownReason\n      status\n    }\n  }\n": types.IndicatorProgressInputs_IndicatorFragmentDoc,
    "\n  fragment StrategyProgressConfig_strategy on Strategy {\n    periodStartFY\n    progressConfig {\n      formula\n      lowestGrade\n      notMeasurableGrade\n      thresholds {\n        grade\n        minRate\n      }\n    }\n  }\n": types.StrategyProgressConfig_StrategyFragmentDoc,
    "\n  subscription CycleActivity($cycleId: ID!, $after: String) {\n    activity(cycleId: $cycleId, after: $after) {\n      seq\n      action\n      entityType\n      entityId\n      threadId\n    }\n  }\n": types.CycleActivityDocument,
    "\n  fragment GoalSection_goal on Goal {\n    number\n    title\n    basicDirection\n    kgis {\n      id\n      name\n      departmentsNote\n      departments {\n        id\n        name\n      }\n      target {\n        text\n      }\n      baseline {\n        text\n        label\n      }\n    }\n    measures {\n      id\n      code\n      title\n    }\n  }\n": types.GoalSection_GoalFragmentDoc,
    "\n  fragment KpiTable_group on KpiGroup {\n    no\n    item\n    indicators {\n      id\n      name\n      relisted\n      departmentsNote\n      departments {\n        id\n        name\n      }\n      target {\n        text\n        fiscalYear\n      }\n      baseline {\n        text\n        label\n      }\n    }\n  }\n": types.KpiTable_GroupFragmentDoc,
    "\n  query MeasurePage($id: ID!) {\n    measure(id: $id) {\n      id\n      code\n      title\n      notes\n      goal {\n        id\n        number\n        title\n        strategy {\n          id\n          title\n        }\n      }\n      policies {\n        ...PolicyList_policy\n      }\n      kpiGroups {\n        ...KpiTable_group\n      }\n      projects {\n        ...ProjectList_project\n      }\n    }\n  }\n": types.MeasurePageDocument,
    "\n  fragment PolicyList_policy on Policy {\n    id\n    ordinal\n    title\n    bullets\n  }\n": types.PolicyList_PolicyFragmentDoc,
    "\n  fragment ProjectList_project on Project {\n    id\n    name\n    sinceFY\n    relisted\n    departmentsNote\n    departments {\n      id\n      name\n    }\n  }\n": types.ProjectList_ProjectFragmentDoc,
    "\n  query Strategies {\n    strategies {\n      id\n      title\n      municipality\n      periodStartFY\n      periodEndFY\n    }\n  }\n": types.StrategiesDocument,
    "\n  query StrategyOverview($id: ID!) {\n    strategy(id: $id) {\n      id\n      title\n      municipality\n      periodStartFY\n      periodEndFY\n      goals {\n        id\n        ...GoalSection_goal\n      }\n    }\n  }\n": types.StrategyOverviewDocument,
    "\n  fragment ActualEditor_actual on Actual {\n    id\n    fiscalYear\n    value\n    notKnownReason\n    note\n    evidenceLinks\n    status\n    returnReason\n    version\n    updatedAt\n    updatedByUser {\n      id\n      displayName\n    }\n  }\n": types.ActualEditor_ActualFragmentDoc,
    "\n  mutation SaveActual($input: SaveActualInput!) {\n    saveActual(input: $input) {\n      ...ActualEditor_actual\n    }\n  }\n": types.SaveActualDocument,
    "\n  mutation SubmitActual($id: ID!, $expectedVersion: Int!) {\n    submitActual(id: $id, expectedVersion: $expectedVersion) {\n      ...ActualEditor_actual\n    }\n  }\n": types.SubmitActualDocument,
    "\n  query ActualEntry($cycleId: ID!, $indicatorId: ID!) {\n    reviewCycle(id: $cycleId) {\n      id\n      fiscalYear\n      state\n      version\n    }\n    indicator(id: $indicatorId) {\n      id\n      key\n      name\n      kind\n      departmentsNote\n      departments {\n        id\n        name\n      }\n      ...IndicatorProgressInputs_indicator\n      goal {\n        id\n        strategy {\n          id\n          ...StrategyProgressConfig_strategy\n        }\n      }\n      actuals {\n        ...ActualEditor_actual\n      }\n    }\n  }\n": types.ActualEntryDocument,
    "\n  query CycleAssignments($id: ID!) {\n    reviewCycle(id: $id) {\n      id\n      fiscalYear\n      state\n      version\n      collectingDue\n      reviewingDue\n      respondingDue\n      assignments {\n        indicator {\n          id\n          key\n          name\n          unit\n          target {\n            text\n          }\n        }\n        actual {\n          id\n          status\n          value\n          notKnownReason\n          returnReason\n          updatedAt\n          version\n        }\n      }\n    }\n  }\n": types.CycleAssignmentsDocument,
    "\n  query ReviewHome {\n    strategies {\n      id\n      title\n    }\n  }\n": types.ReviewHomeDocument,
    "\n  query StrategyReviewCycles($strategyId: ID!) {\n    reviewCycles(strategyId: $strategyId) {\n      id\n      fiscalYear\n      state\n    }\n  }\n": types.StrategyReviewCyclesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      id\n      mustChangePassword\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      id\n      mustChangePassword\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($entityId: ID, $first: Int!) {\n    auditLog(entityId: $entityId, first: $first) {\n      id\n      action\n      at\n      entityType\n      entityId\n      before\n      after\n      user {\n        id\n        displayName\n        role\n        department {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($entityId: ID, $first: Int!) {\n    auditLog(entityId: $entityId, first: $first) {\n      id\n      action\n      at\n      entityType\n      entityId\n      before\n      after\n      user {\n        id\n        displayName\n        role\n        department {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditNames {\n    strategies {\n      id\n      goals {\n        id\n        kgis {\n          id\n          name\n        }\n        measures {\n          id\n          code\n          title\n          indicators {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditNames {\n    strategies {\n      id\n      goals {\n        id\n        kgis {\n          id\n          name\n        }\n        measures {\n          id\n          code\n          title\n          indicators {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n      role\n      mustChangePassword\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n      role\n      mustChangePassword\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      id\n      displayName\n      email\n      role\n      mustChangePassword\n      department {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      id\n      displayName\n      email\n      role\n      mustChangePassword\n      department {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChangesCycle($id: ID!) {\n    reviewCycle(id: $id) {\n      id\n      fiscalYear\n      state\n      activitySeq\n      previousCycle {\n        id\n        fiscalYear\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChangesCycle($id: ID!) {\n    reviewCycle(id: $id) {\n      id\n      fiscalYear\n      state\n      activitySeq\n      previousCycle {\n        id\n        fiscalYear\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CycleChanges($strategyId: ID!, $cycleId: ID!, $previousId: ID!, $fiscalYear: Int!, $previousYear: Int!) {\n    actuals(cycleId: $cycleId) {\n      id\n      value\n      notKnownReason\n      status\n      indicator {\n        id\n      }\n    }\n    previousActuals: actuals(cycleId: $previousId) {\n      id\n      value\n      notKnownReason\n      status\n      indicator {\n        id\n      }\n    }\n    strategy(id: $strategyId) {\n      id\n      goals {\n        id\n        measures {\n          id\n          code\n          title\n          progress(fiscalYear: $fiscalYear) {\n            grade\n          }\n          previousProgress: progress(fiscalYear: $previousYear) {\n            grade\n          }\n          report(cycleId: $cycleId) {\n            id\n            nextDirection\n          }\n          previousReport: report(cycleId: $previousId) {\n            id\n            nextDirection\n          }\n          indicators {\n            id\n            name\n            unit\n            relisted\n            progress(fiscalYear: $fiscalYear) {\n              grade\n            }\n            previousProgress: progress(fiscalYear: $previousYear) {\n              grade\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CycleChanges($strategyId: ID!, $cycleId: ID!, $previousId: ID!, $fiscalYear: Int!, $previousYear: Int!) {\n    actuals(cycleId: $cycleId) {\n      id\n      value\n      notKnownReason\n      status\n      indicator {\n        id\n      }\n    }\n    previousActuals: actuals(cycleId: $previousId) {\n      id\n      value\n      notKnownReason\n      status\n      indicator {\n        id\n      }\n    }\n    strategy(id: $strategyId) {\n      id\n      goals {\n        id\n        measures {\n          id\n          code\n          title\n          progress(fiscalYear: $fiscalYear) {\n            grade\n          }\n          previousProgress: progress(fiscalYear: $previousYear) {\n            grade\n          }\n          report(cycleId: $cycleId) {\n            id\n            nextDirection\n          }\n          previousReport: report(cycleId: $previousId) {\n            id\n            nextDirection\n          }\n          indicators {\n            id\n            name\n            unit\n            relisted\n            progress(fiscalYear: $fiscalYear) {\n              grade\n            }\n            previousProgress: progress(fiscalYear: $previousYear) {\n              grade\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActionItem_action on ImprovementAction {\n    id\n    description\n    dueFiscalYear\n    originFiscalYear\n    status\n    version\n    ownerDepartment {\n      id\n      name\n    }\n    progressNotes {\n      id\n      at\n      body\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment ActionItem_action on ImprovementAction {\n    id\n    description\n    dueFiscalYear\n    originFiscalYear\n    status\n    version\n    ownerDepartment {\n      id\n      name\n    }\n    progressNotes {\n      id\n      at\n      body\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateImprovementAction($input: UpdateImprovementActionInput!) {\n    updateImprovementAction(input: $input) {\n      ...ActionItem_action\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateImprovementAction($input: UpdateImprovementActionInput!) {\n    updateImprovementAction(input: $input) {\n      ...ActionItem_action\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionOwnerDepartments {\n    strategies {\n      id\n      departments {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActionOwnerDepartments {\n    strategies {\n      id\n      departments {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GoalReview($cycleId: ID!, $fiscalYear: Int!) {\n    strategies {\n      id\n      ...KpiReview_strategy\n      goals {\n        id\n        ...GoalGrades_goal\n        kgis {\n          ...KpiReview_indicator\n        }\n        carriedOverActions(fiscalYear: $fiscalYear) {\n          ...ActionItem_action\n        }\n      }\n    }\n    reviewThreads(cycleId: $cycleId) {\n      ...ThreadView_thread\n      ...OpenThreads_thread\n    }\n  }\n"): (typeof documents)["\n  query GoalReview($cycleId: ID!, $fiscalYear: Int!) {\n    strategies {\n      id\n      ...KpiReview_strategy\n      goals {\n        id\n        ...GoalGrades_goal\n        kgis {\n          ...KpiReview_indicator\n        }\n        carriedOverActions(fiscalYear: $fiscalYear) {\n          ...ActionItem_action\n        }\n      }\n    }\n    reviewThreads(cycleId: $cycleId) {\n      ...ThreadView_thread\n      ...OpenThreads_thread\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KpiReview_indicator on Indicator {\n    id\n    name\n    relisted\n    departmentsNote\n    departments {\n      id\n      name\n    }\n    ...IndicatorProgressInputs_indicator\n  }\n"): (typeof documents)["\n  fragment KpiReview_indicator on Indicator {\n    id\n    name\n    relisted\n    departmentsNote\n    departments {\n      id\n      name\n    }\n    ...IndicatorProgressInputs_indicator\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KpiReview_strategy on Strategy {\n    ...StrategyProgressConfig_strategy\n  }\n"): (typeof documents)["\n  fragment KpiReview_strategy on Strategy {\n    ...StrategyProgressConfig_strategy\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeasureGradeTable_measure on Measure {\n    id\n    code\n    title\n    progress(fiscalYear: $fiscalYear) {\n      grade\n    }\n    report(cycleId: $cycleId) {\n      id\n      selfGrade\n    }\n  }\n"): (typeof documents)["\n  fragment MeasureGradeTable_measure on Measure {\n    id\n    code\n    title\n    progress(fiscalYear: $fiscalYear) {\n      grade\n    }\n    report(cycleId: $cycleId) {\n      id\n      selfGrade\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GoalGrades_goal on Goal {\n    id\n    number\n    title\n    progress(fiscalYear: $fiscalYear) {\n      grade\n    }\n    measures {\n      ...MeasureGradeTable_measure\n    }\n  }\n"): (typeof documents)["\n  fragment GoalGrades_goal on Goal {\n    id\n    number\n    title\n    progress(fiscalYear: $fiscalYear) {\n      grade\n    }\n    measures {\n      ...MeasureGradeTable_measure\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeasureReportView_report on MeasureReport {\n    id\n    whatWasDone\n    issues\n    nextDirection\n    selfGrade\n    status\n  }\n"): (typeof documents)["\n  fragment MeasureReportView_report on MeasureReport {\n    id\n    whatWasDone\n    issues\n    nextDirection\n    selfGrade\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeasureReview($cycleId: ID!, $measureId: ID!, $fiscalYear: Int!) {\n    measure(id: $measureId) {\n      id\n      code\n      title\n      goal {\n        id\n        number\n        title\n        strategy {\n          id\n          ...KpiReview_strategy\n        }\n      }\n      progress(fiscalYear: $fiscalYear) {\n        grade\n      }\n      report(cycleId: $cycleId) {\n        ...MeasureReportView_report\n      }\n      indicators {\n        ...KpiReview_indicator\n      }\n      carriedOverActions(fiscalYear: $fiscalYear) {\n        ...ActionItem_action\n      }\n    }\n    reviewThreads(cycleId: $cycleId, measureId: $measureId) {\n      ...ThreadView_thread\n      anchor\n      goal {\n        id\n      }\n      measure {\n        id\n      }\n      indicator {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeasureReview($cycleId: ID!, $measureId: ID!, $fiscalYear: Int!) {\n    measure(id: $measureId) {\n      id\n      code\n      title\n      goal {\n        id\n        number\n        title\n        strategy {\n          id\n          ...KpiReview_strategy\n        }\n      }\n      progress(fiscalYear: $fiscalYear) {\n        grade\n      }\n      report(cycleId: $cycleId) {\n        ...MeasureReportView_report\n      }\n      indicators {\n        ...KpiReview_indicator\n      }\n      carriedOverActions(fiscalYear: $fiscalYear) {\n        ...ActionItem_action\n      }\n    }\n    reviewThreads(cycleId: $cycleId, measureId: $measureId) {\n      ...ThreadView_thread\n      anchor\n      goal {\n        id\n      }\n      measure {\n        id\n      }\n      indicator {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostItem_post on ThreadPost {\n    id\n    body\n    createdAt\n    editedAt\n    editableUntil\n    author {\n      id\n      displayName\n    }\n    revisions {\n      id\n      body\n      replacedAt\n    }\n  }\n"): (typeof documents)["\n  fragment PostItem_post on ThreadPost {\n    id\n    body\n    createdAt\n    editedAt\n    editableUntil\n    author {\n      id\n      displayName\n    }\n    revisions {\n      id\n      body\n      replacedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditThreadPost($postId: ID!, $body: String!) {\n    editThreadPost(postId: $postId, body: $body) {\n      ...PostItem_post\n    }\n  }\n"): (typeof documents)["\n  mutation EditThreadPost($postId: ID!, $body: String!) {\n    editThreadPost(postId: $postId, body: $body) {\n      ...PostItem_post\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToThread($input: RespondToThreadInput!) {\n    respondToThread(input: $input) {\n      ...ResponseItem_response\n    }\n  }\n"): (typeof documents)["\n  mutation RespondToThread($input: RespondToThreadInput!) {\n    respondToThread(input: $input) {\n      ...ResponseItem_response\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResponseItem_response on ThreadResponse {\n    id\n    stance\n    body\n    reason\n    version\n    updatedAt\n    author {\n      id\n      displayName\n    }\n    department {\n      id\n      name\n    }\n    actions {\n      ...ActionItem_action\n    }\n  }\n"): (typeof documents)["\n  fragment ResponseItem_response on ThreadResponse {\n    id\n    stance\n    body\n    reason\n    version\n    updatedAt\n    author {\n      id\n      displayName\n    }\n    department {\n      id\n      name\n    }\n    actions {\n      ...ActionItem_action\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewCycleHead($id: ID!) {\n    reviewCycle(id: $id) {\n      id\n      fiscalYear\n      state\n      activitySeq\n    }\n  }\n"): (typeof documents)["\n  query ReviewCycleHead($id: ID!) {\n    reviewCycle(id: $id) {\n      id\n      fiscalYear\n      state\n      activitySeq\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewCycleList {\n    strategies {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  query ReviewCycleList {\n    strategies {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewCyclesOfStrategy($strategyId: ID!) {\n    reviewCycles(strategyId: $strategyId) {\n      id\n      fiscalYear\n      state\n    }\n  }\n"): (typeof documents)["\n  query ReviewCyclesOfStrategy($strategyId: ID!) {\n    reviewCycles(strategyId: $strategyId) {\n      id\n      fiscalYear\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewIndex($cycleId: ID!, $fiscalYear: Int!) {\n    strategies {\n      id\n      title\n      goals {\n        id\n        ...GoalGrades_goal\n      }\n    }\n    reviewThreads(cycleId: $cycleId) {\n      ...OpenThreads_thread\n    }\n  }\n"): (typeof documents)["\n  query ReviewIndex($cycleId: ID!, $fiscalYear: Int!) {\n    strategies {\n      id\n      title\n      goals {\n        id\n        ...GoalGrades_goal\n      }\n    }\n    reviewThreads(cycleId: $cycleId) {\n      ...OpenThreads_thread\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SettleControls_thread on ReviewThread {\n    id\n    status\n    version\n    leftReason\n    viewerCan {\n      reply\n      respond\n      settle\n      reopen\n    }\n  }\n"): (typeof documents)["\n  fragment SettleControls_thread on ReviewThread {\n    id\n    status\n    version\n    leftReason\n    viewerCan {\n      reply\n      respond\n      settle\n      reopen\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveThread($id: ID!, $expectedVersion: Int!) {\n    resolveThread(id: $id, expectedVersion: $expectedVersion) {\n      ...SettleControls_thread\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveThread($id: ID!, $expectedVersion: Int!) {\n    resolveThread(id: $id, expectedVersion: $expectedVersion) {\n      ...SettleControls_thread\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenThread($id: ID!, $expectedVersion: Int!) {\n    reopenThread(id: $id, expectedVersion: $expectedVersion) {\n      ...SettleControls_thread\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenThread($id: ID!, $expectedVersion: Int!) {\n    reopenThread(id: $id, expectedVersion: $expectedVersion) {\n      ...SettleControls_thread\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveThread($id: ID!, $expectedVersion: Int!, $reason: String!) {\n    leaveThread(id: $id, expectedVersion: $expectedVersion, reason: $reason) {\n      ...SettleControls_thread\n    }\n  }\n"): (typeof documents)["\n  mutation LeaveThread($id: ID!, $expectedVersion: Int!, $reason: String!) {\n    leaveThread(id: $id, expectedVersion: $expectedVersion, reason: $reason) {\n      ...SettleControls_thread\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartThread($input: StartThreadInput!) {\n    startThread(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation StartThread($input: StartThreadInput!) {\n    startThread(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyToThread($threadId: ID!, $body: String!) {\n    replyToThread(threadId: $threadId, body: $body) {\n      ...PostItem_post\n    }\n  }\n"): (typeof documents)["\n  mutation ReplyToThread($threadId: ID!, $body: String!) {\n    replyToThread(threadId: $threadId, body: $body) {\n      ...PostItem_post\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThreadView_thread on ReviewThread {\n    id\n    kind\n    status\n    version\n    awaitingResponse\n    unread\n    leftReason\n    responsibleDepartments {\n      id\n      name\n    }\n    viewerCan {\n      reply\n      respond\n      settle\n      reopen\n    }\n    posts {\n      ...PostItem_post\n    }\n    responses {\n      ...ResponseItem_response\n    }\n    actions {\n      ...ActionItem_action\n    }\n  }\n"): (typeof documents)["\n  fragment ThreadView_thread on ReviewThread {\n    id\n    kind\n    status\n    version\n    awaitingResponse\n    unread\n    leftReason\n    responsibleDepartments {\n      id\n      name\n    }\n    viewerCan {\n      reply\n      respond\n      settle\n      reopen\n    }\n    posts {\n      ...PostItem_post\n    }\n    responses {\n      ...ResponseItem_response\n    }\n    actions {\n      ...ActionItem_action\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateImprovementAction($input: CreateImprovementActionInput!) {\n    createImprovementAction(input: $input) {\n      ...ActionItem_action\n    }\n  }\n"): (typeof documents)["\n  mutation CreateImprovementAction($input: CreateImprovementActionInput!) {\n    createImprovementAction(input: $input) {\n      ...ActionItem_action\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkThreadRead($id: ID!) {\n    markThreadRead(id: $id) {\n      id\n      unread\n    }\n  }\n"): (typeof documents)["\n  mutation MarkThreadRead($id: ID!) {\n    markThreadRead(id: $id) {\n      id\n      unread\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OpenThreads_thread on ReviewThread {\n    id\n    status\n    anchor\n    goal {\n      id\n    }\n    measure {\n      id\n    }\n    indicator {\n      id\n      goal {\n        id\n      }\n      measures {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment OpenThreads_thread on ReviewThread {\n    id\n    status\n    anchor\n    goal {\n      id\n    }\n    measure {\n      id\n    }\n    indicator {\n      id\n      goal {\n        id\n      }\n      measures {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CycleThreads($cycleId: ID!) {\n    reviewThreads(cycleId: $cycleId) {\n      ...ThreadLink_thread\n      awaitingResponse\n    }\n  }\n"): (typeof documents)["\n  query CycleThreads($cycleId: ID!) {\n    reviewThreads(cycleId: $cycleId) {\n      ...ThreadLink_thread\n      awaitingResponse\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CycleSummary($id: ID!) {\n    reviewCycle(id: $id) {\n      id\n      fiscalYear\n      state\n      version\n      activitySeq\n      summary {\n        threads\n        threadsByKind {\n          label\n          count\n        }\n        threadsByStatus {\n          label\n          count\n        }\n        responsesByStance {\n          label\n          count\n        }\n        actionsByStatus {\n          label\n          count\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CycleSummary($id: ID!) {\n    reviewCycle(id: $id) {\n      id\n      fiscalYear\n      state\n      version\n      activitySeq\n      summary {\n        threads\n        threadsByKind {\n          label\n          count\n        }\n        threadsByStatus {\n          label\n          count\n        }\n        responsesByStance {\n          label\n          count\n        }\n        actionsByStatus {\n          label\n          count\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CycleGrades($strategyId: ID!, $cycleId: ID!, $fiscalYear: Int!) {\n    strategy(id: $strategyId) {\n      id\n      goals {\n        ...GoalGrades_goal\n        measures {\n          id\n          report(cycleId: $cycleId) {\n            id\n            nextDirection\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CycleGrades($strategyId: ID!, $cycleId: ID!, $fiscalYear: Int!) {\n    strategy(id: $strategyId) {\n      id\n      goals {\n        ...GoalGrades_goal\n        measures {\n          id\n          report(cycleId: $cycleId) {\n            id\n            nextDirection\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StrategyIds {\n    strategies {\n      id\n    }\n  }\n"): (typeof documents)["\n  query StrategyIds {\n    strategies {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StrategyCycleStates($strategyId: ID!) {\n    reviewCycles(strategyId: $strategyId) {\n      id\n      state\n      activitySeq\n    }\n  }\n"): (typeof documents)["\n  query StrategyCycleStates($strategyId: ID!) {\n    reviewCycles(strategyId: $strategyId) {\n      id\n      state\n      activitySeq\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BoardTable_counts on SubmissionCounts {\n    total\n    missing\n    drafts\n    submitted\n    accepted\n    returned\n  }\n"): (typeof documents)["\n  fragment BoardTable_counts on SubmissionCounts {\n    total\n    missing\n    drafts\n    submitted\n    accepted\n    returned\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CycleBoard($id: ID!) {\n    reviewCycle(id: $id) {\n      id\n      fiscalYear\n      state\n      version\n      collectingDue\n      reviewingDue\n      respondingDue\n      board {\n        department {\n          id\n          name\n        }\n        late\n        actuals {\n          ...BoardTable_counts\n        }\n        reports {\n          ...BoardTable_counts\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CycleBoard($id: ID!) {\n    reviewCycle(id: $id) {\n      id\n      fiscalYear\n      state\n      version\n      collectingDue\n      reviewingDue\n      respondingDue\n      board {\n        department {\n          id\n          name\n        }\n        late\n        actuals {\n          ...BoardTable_counts\n        }\n        reports {\n          ...BoardTable_counts\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CyclesPage {\n    strategies {\n      id\n      title\n      periodStartFY\n      periodEndFY\n    }\n  }\n"): (typeof documents)["\n  query CyclesPage {\n    strategies {\n      id\n      title\n      periodStartFY\n      periodEndFY\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StrategyCycles($strategyId: ID!) {\n    reviewCycles(strategyId: $strategyId) {\n      id\n      fiscalYear\n      state\n      collectingDue\n    }\n  }\n"): (typeof documents)["\n  query StrategyCycles($strategyId: ID!) {\n    reviewCycles(strategyId: $strategyId) {\n      id\n      fiscalYear\n      state\n      collectingDue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DecisionItem_actual on Actual {\n    id\n    value\n    notKnownReason\n    note\n    evidenceLinks\n    status\n    returnReason\n    version\n    updatedAt\n    updatedByUser {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment DecisionItem_actual on Actual {\n    id\n    value\n    notKnownReason\n    note\n    evidenceLinks\n    status\n    returnReason\n    version\n    updatedAt\n    updatedByUser {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DepartmentAssignments($cycleId: ID!, $departmentId: ID) {\n    reviewCycle(id: $cycleId) {\n      id\n      assignments(departmentId: $departmentId) {\n        indicator {\n          id\n          key\n          name\n          unit\n          target {\n            text\n          }\n        }\n        actual {\n          ...DecisionItem_actual\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DepartmentAssignments($cycleId: ID!, $departmentId: ID) {\n    reviewCycle(id: $cycleId) {\n      id\n      assignments(departmentId: $departmentId) {\n        indicator {\n          id\n          key\n          name\n          unit\n          target {\n            text\n          }\n        }\n        actual {\n          ...DecisionItem_actual\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptActual($id: ID!, $expectedVersion: Int!) {\n    acceptActual(id: $id, expectedVersion: $expectedVersion) {\n      ...DecisionItem_actual\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptActual($id: ID!, $expectedVersion: Int!) {\n    acceptActual(id: $id, expectedVersion: $expectedVersion) {\n      ...DecisionItem_actual\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnActual($id: ID!, $expectedVersion: Int!, $reason: String!) {\n    returnActual(id: $id, expectedVersion: $expectedVersion, reason: $reason) {\n      ...DecisionItem_actual\n    }\n  }\n"): (typeof documents)["\n  mutation ReturnActual($id: ID!, $expectedVersion: Int!, $reason: String!) {\n    returnActual(id: $id, expectedVersion: $expectedVersion, reason: $reason) {\n      ...DecisionItem_actual\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveReviewCycle($id: ID!, $to: CycleState!, $expectedVersion: Int!, $reason: String) {\n    moveReviewCycle(id: $id, to: $to, expectedVersion: $expectedVersion, reason: $reason) {\n      id\n      state\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation MoveReviewCycle($id: ID!, $to: CycleState!, $expectedVersion: Int!, $reason: String) {\n    moveReviewCycle(id: $id, to: $to, expectedVersion: $expectedVersion, reason: $reason) {\n      id\n      state\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenReviewCycle($input: OpenReviewCycleInput!) {\n    openReviewCycle(input: $input) {\n      id\n      fiscalYear\n      state\n      version\n      collectingDue\n      reviewingDue\n      respondingDue\n    }\n  }\n"): (typeof documents)["\n  mutation OpenReviewCycle($input: OpenReviewCycleInput!) {\n    openReviewCycle(input: $input) {\n      id\n      fiscalYear\n      state\n      version\n      collectingDue\n      reviewingDue\n      respondingDue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThreadLink_thread on ReviewThread {\n    id\n    kind\n    status\n    unread\n    anchor\n    measure {\n      id\n      code\n      title\n    }\n    goal {\n      id\n      number\n      title\n    }\n    indicator {\n      id\n      name\n      goal {\n        id\n      }\n      measures {\n        id\n      }\n    }\n    posts {\n      id\n      body\n    }\n  }\n"): (typeof documents)["\n  fragment ThreadLink_thread on ReviewThread {\n    id\n    kind\n    status\n    unread\n    anchor\n    measure {\n      id\n      code\n      title\n    }\n    goal {\n      id\n      number\n      title\n    }\n    indicator {\n      id\n      name\n      goal {\n        id\n      }\n      measures {\n        id\n      }\n    }\n    posts {\n      id\n      body\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Inbox {\n    inbox {\n      total\n      items {\n        kind\n        count\n        cycle {\n          id\n          fiscalYear\n          state\n        }\n        threads {\n          ...ThreadLink_thread\n        }\n        actions {\n          id\n          description\n          dueFiscalYear\n          status\n          # Only where it is read (reviewPathOf): the list shows the action's own words.\n          measure {\n            id\n          }\n          goal {\n            id\n          }\n        }\n        departments {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Inbox {\n    inbox {\n      total\n      items {\n        kind\n        count\n        cycle {\n          id\n          fiscalYear\n          state\n        }\n        threads {\n          ...ThreadLink_thread\n        }\n        actions {\n          id\n          description\n          dueFiscalYear\n          status\n          # Only where it is read (reviewPathOf): the list shows the action's own words.\n          measure {\n            id\n          }\n          goal {\n            id\n          }\n        }\n        departments {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorPage($id: ID!) {\n    indicator(id: $id) {\n      id\n      kind\n      name\n      dataSource\n      departmentsNote\n      departments {\n        id\n        name\n      }\n      ...IndicatorProgressInputs_indicator\n      baseline {\n        note\n      }\n      goal {\n        id\n        number\n        title\n        strategy {\n          id\n          ...StrategyProgressConfig_strategy\n        }\n      }\n      measures {\n        id\n        code\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query IndicatorPage($id: ID!) {\n    indicator(id: $id) {\n      id\n      kind\n      name\n      dataSource\n      departmentsNote\n      departments {\n        id\n        name\n      }\n      ...IndicatorProgressInputs_indicator\n      baseline {\n        note\n      }\n      goal {\n        id\n        number\n        title\n        strategy {\n          id\n          ...StrategyProgressConfig_strategy\n        }\n      }\n      measures {\n        id\n        code\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IndicatorProgressInputs_indicator on Indicator {\n    id\n    unit\n    targetKind\n    direction\n    target {\n      value\n      fiscalYear\n      text\n    }\n    baseline {\n      value\n      label\n      text\n    }\n    actuals {\n      id\n      fiscalYear\n      value\n      notKnownReason\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment IndicatorProgressInputs_indicator on Indicator {\n    id\n    unit\n    targetKind\n    direction\n    target {\n      value\n      fiscalYear\n      text\n    }\n    baseline {\n      value\n      label\n      text\n    }\n    actuals {\n      id\n      fiscalYear\n      value\n      notKnownReason\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StrategyProgressConfig_strategy on Strategy {\n    periodStartFY\n    progressConfig {\n      formula\n      lowestGrade\n      notMeasurableGrade\n      thresholds {\n        grade\n        minRate\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment StrategyProgressConfig_strategy on Strategy {\n    periodStartFY\n    progressConfig {\n      formula\n      lowestGrade\n      notMeasurableGrade\n      thresholds {\n        grade\n        minRate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CycleActivity($cycleId: ID!, $after: String) {\n    activity(cycleId: $cycleId, after: $after) {\n      seq\n      action\n      entityType\n      entityId\n      threadId\n    }\n  }\n"): (typeof documents)["\n  subscription CycleActivity($cycleId: ID!, $after: String) {\n    activity(cycleId: $cycleId, after: $after) {\n      seq\n      action\n      entityType\n      entityId\n      threadId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GoalSection_goal on Goal {\n    number\n    title\n    basicDirection\n    kgis {\n      id\n      name\n      departmentsNote\n      departments {\n        id\n        name\n      }\n      target {\n        text\n      }\n      baseline {\n        text\n        label\n      }\n    }\n    measures {\n      id\n      code\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment GoalSection_goal on Goal {\n    number\n    title\n    basicDirection\n    kgis {\n      id\n      name\n      departmentsNote\n      departments {\n        id\n        name\n      }\n      target {\n        text\n      }\n      baseline {\n        text\n        label\n      }\n    }\n    measures {\n      id\n      code\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KpiTable_group on KpiGroup {\n    no\n    item\n    indicators {\n      id\n      name\n      relisted\n      departmentsNote\n      departments {\n        id\n        name\n      }\n      target {\n        text\n        fiscalYear\n      }\n      baseline {\n        text\n        label\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment KpiTable_group on KpiGroup {\n    no\n    item\n    indicators {\n      id\n      name\n      relisted\n      departmentsNote\n      departments {\n        id\n        name\n      }\n      target {\n        text\n        fiscalYear\n      }\n      baseline {\n        text\n        label\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeasurePage($id: ID!) {\n    measure(id: $id) {\n      id\n      code\n      title\n      notes\n      goal {\n        id\n        number\n        title\n        strategy {\n          id\n          title\n        }\n      }\n      policies {\n        ...PolicyList_policy\n      }\n      kpiGroups {\n        ...KpiTable_group\n      }\n      projects {\n        ...ProjectList_project\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeasurePage($id: ID!) {\n    measure(id: $id) {\n      id\n      code\n      title\n      notes\n      goal {\n        id\n        number\n        title\n        strategy {\n          id\n          title\n        }\n      }\n      policies {\n        ...PolicyList_policy\n      }\n      kpiGroups {\n        ...KpiTable_group\n      }\n      projects {\n        ...ProjectList_project\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PolicyList_policy on Policy {\n    id\n    ordinal\n    title\n    bullets\n  }\n"): (typeof documents)["\n  fragment PolicyList_policy on Policy {\n    id\n    ordinal\n    title\n    bullets\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectList_project on Project {\n    id\n    name\n    sinceFY\n    relisted\n    departmentsNote\n    departments {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ProjectList_project on Project {\n    id\n    name\n    sinceFY\n    relisted\n    departmentsNote\n    departments {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Strategies {\n    strategies {\n      id\n      title\n      municipality\n      periodStartFY\n      periodEndFY\n    }\n  }\n"): (typeof documents)["\n  query Strategies {\n    strategies {\n      id\n      title\n      municipality\n      periodStartFY\n      periodEndFY\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StrategyOverview($id: ID!) {\n    strategy(id: $id) {\n      id\n      title\n      municipality\n      periodStartFY\n      periodEndFY\n      goals {\n        id\n        ...GoalSection_goal\n      }\n    }\n  }\n"): (typeof documents)["\n  query StrategyOverview($id: ID!) {\n    strategy(id: $id) {\n      id\n      title\n      municipality\n      periodStartFY\n      periodEndFY\n      goals {\n        id\n        ...GoalSection_goal\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActualEditor_actual on Actual {\n    id\n    fiscalYear\n    value\n    notKnownReason\n    note\n    evidenceLinks\n    status\n    returnReason\n    version\n    updatedAt\n    updatedByUser {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment ActualEditor_actual on Actual {\n    id\n    fiscalYear\n    value\n    notKnownReason\n    note\n    evidenceLinks\n    status\n    returnReason\n    version\n    updatedAt\n    updatedByUser {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveActual($input: SaveActualInput!) {\n    saveActual(input: $input) {\n      ...ActualEditor_actual\n    }\n  }\n"): (typeof documents)["\n  mutation SaveActual($input: SaveActualInput!) {\n    saveActual(input: $input) {\n      ...ActualEditor_actual\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitActual($id: ID!, $expectedVersion: Int!) {\n    submitActual(id: $id, expectedVersion: $expectedVersion) {\n      ...ActualEditor_actual\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitActual($id: ID!, $expectedVersion: Int!) {\n    submitActual(id: $id, expectedVersion: $expectedVersion) {\n      ...ActualEditor_actual\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActualEntry($cycleId: ID!, $indicatorId: ID!) {\n    reviewCycle(id: $cycleId) {\n      id\n      fiscalYear\n      state\n      version\n    }\n    indicator(id: $indicatorId) {\n      id\n      key\n      name\n      kind\n      departmentsNote\n      departments {\n        id\n        name\n      }\n      ...IndicatorProgressInputs_indicator\n      goal {\n        id\n        strategy {\n          id\n          ...StrategyProgressConfig_strategy\n        }\n      }\n      actuals {\n        ...ActualEditor_actual\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActualEntry($cycleId: ID!, $indicatorId: ID!) {\n    reviewCycle(id: $cycleId) {\n      id\n      fiscalYear\n      state\n      version\n    }\n    indicator(id: $indicatorId) {\n      id\n      key\n      name\n      kind\n      departmentsNote\n      departments {\n        id\n        name\n      }\n      ...IndicatorProgressInputs_indicator\n      goal {\n        id\n        strategy {\n          id\n          ...StrategyProgressConfig_strategy\n        }\n      }\n      actuals {\n        ...ActualEditor_actual\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CycleAssignments($id: ID!) {\n    reviewCycle(id: $id) {\n      id\n      fiscalYear\n      state\n      version\n      collectingDue\n      reviewingDue\n      respondingDue\n      assignments {\n        indicator {\n          id\n          key\n          name\n          unit\n          target {\n            text\n          }\n        }\n        actual {\n          id\n          status\n          value\n          notKnownReason\n          returnReason\n          updatedAt\n          version\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CycleAssignments($id: ID!) {\n    reviewCycle(id: $id) {\n      id\n      fiscalYear\n      state\n      version\n      collectingDue\n      reviewingDue\n      respondingDue\n      assignments {\n        indicator {\n          id\n          key\n          name\n          unit\n          target {\n            text\n          }\n        }\n        actual {\n          id\n          status\n          value\n          notKnownReason\n          returnReason\n          updatedAt\n          version\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewHome {\n    strategies {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  query ReviewHome {\n    strategies {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StrategyReviewCycles($strategyId: ID!) {\n    reviewCycles(strategyId: $strategyId) {\n      id\n      fiscalYear\n      state\n    }\n  }\n"): (typeof documents)["\n  query StrategyReviewCycles($strategyId: ID!) {\n    reviewCycles(strategyId: $strategyId) {\n      id\n      fiscalYear\n      state\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;