import { Certificates1796000001300 } from './1796000001300-certificates';
import { CertificateIssuing1796000001400 } from './1796000001400-certificate-issuing';
import { CertificateIssuerImages1796000001500 } from './1796000001500-certificate-issuer-images';

/** Certificates's migrations. Listed in the app's migration list (apps/api/src/migrations.ts). */
export const CERTIFICATES_MIGRATIONS = [Certificates1796000001300, CertificateIssuing1796000001400, CertificateIssuerImages1796000001500];
