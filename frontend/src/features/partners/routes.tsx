import type { RouteObject } from 'react-router';
import { pageRoute } from '../../shared/auth/pageRoute';
import { MyPartnershipPage } from './MyPartnershipPage';
import { NewPartnerPage } from './NewPartnerPage';
import { PartnerPage } from './PartnerPage';
import { PartnersListPage } from './PartnersListPage';

export const partnersRoutes: RouteObject[] = [
  pageRoute('/patient-safety-partners', ['listPatientSafetyPartners'], () => <PartnersListPage />),
  pageRoute('/patient-safety-partners/new', ['registerPatientSafetyPartner'], () => <NewPartnerPage />),
  pageRoute('/patient-safety-partners/:id', ['getPatientSafetyPartner'], ({ id = '' }) => <PartnerPage id={id} />),
  pageRoute('/my-partnership', ['getMyPatientSafetyPartnership'], () => <MyPartnershipPage />),
];
