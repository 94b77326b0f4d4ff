import type { RouteObject } from 'react-router';
import { pageRoute } from '../../shared/auth/pageRoute';
import { BankHolidaysPage } from './BankHolidaysPage';
import { CandourEventPage } from './CandourEventPage';
import { CandourListPage } from './CandourListPage';

export const candourRoutes: RouteObject[] = [
  pageRoute('/candour', ['listCandour'], () => <CandourListPage />),
  pageRoute('/candour/bank-holidays', ['listBankHolidays'], () => <BankHolidaysPage />),
  pageRoute('/candour/events/:id', ['getEventCandour'], ({ id = '' }) => <CandourEventPage id={id} />),
];
