import { graphql } from '../../gql';

// What ruleOf, countedValues and yearlyProgress judge an indicator by, and what the chart and the
// yearly table show beside the figures: one selection, so every page grades a KPI from the same fields.
// The actuals are read as of the page's review cycle ($cycleId; null on the plan's own pages): a
// closed review keeps showing its year's figures, not those entered in later years.
graphql(`
  fragment IndicatorProgressInputs_indicator on Indicator {
    id
    unit
    targetKind
    direction
    basis
    startFY
    yearlyTargets {
      fiscalYear
      value
    }
    target {
      value
      fiscalYear
      text
    }
    baseline {
      value
      label
      text
    }
    yearRules {
      fiscalYear
      targetKind
      direction
      basis
      startFY
      targetValue
      targetFiscalYear
      baselineValue
    }
    yearRuleTargets {
      ruleFiscalYear
      fiscalYear
      value
    }
    actuals(cycleId: $cycleId) {
      id
      fiscalYear
      value
      valueBound
      periodFiscalYear
      periodLabel
      notGraded
      notKnownReason
      status
    }
  }
`);

// The strategy's rules the figures are judged by (configOf), as the server judges them.
graphql(`
  fragment StrategyProgressConfig_strategy on Strategy {
    periodStartFY
    progressConfig {
      ...ProgressConfigFields
    }
    closedYearProgressConfigs {
      closedFiscalYear
      ...ProgressConfigFields
    }
  }
`);

graphql(`
  fragment ProgressConfigFields on ProgressConfigType {
    basis
    formula
    tolerance {
      kind
      value
    }
    scales {
      fromFiscalYear
      steps {
        ...GradeStep_step
      }
      lowestGrade
      notGraded {
        code
        label
        meaning
      }
    }
    rollUp {
      method
      minMeasuredShare
      rules {
        grade
        of
        minShare
        inclusive
      }
      points {
        grade
        points
      }
      pointSteps {
        ...GradeStep_step
      }
      lowestGrade
    }
  }
`);

graphql(`
  fragment GradeStep_step on GradeStepType {
    grade
    minRate
    inclusive
    meaning
  }
`);
