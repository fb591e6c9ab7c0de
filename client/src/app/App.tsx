import { ApolloProvider } from '@apollo/client/react';
import { useMemo } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { IndicatorPage } from '../features/indicator/IndicatorPage';
import { MeasurePage } from '../features/plan/MeasurePage';
import { StrategiesPage } from '../features/plan/StrategiesPage';
import { StrategyPage } from '../features/plan/StrategyPage';
import { createApolloClient } from './apollo';
import { Layout } from './Layout';

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
          </Route>
        </Routes>
      </BrowserRouter>
    </ApolloProvider>
  );
}
