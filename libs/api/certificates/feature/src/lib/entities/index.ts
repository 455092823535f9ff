import { CertificateBatchEntity, CertificateEntity, CertificateOverrideEntity, CertificateSettingsEntity } from './certificate.entities';

export { CertificateBatchEntity, CertificateEntity, CertificateOverrideEntity, CertificateSettingsEntity };

/** Every entity of this feature, for TypeOrmModule.forFeature. */
export const CERTIFICATES_ENTITIES = [CertificateSettingsEntity, CertificateOverrideEntity, CertificateBatchEntity, CertificateEntity];
