import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Certificates, the issuer's images (issue 11): the uploaded logo and the signatures, as the
 * storage keys (with checked type and size) of files under `certificates/<program>/issuer/`. The
 * logo is one object or null; the signatures are an array by the signatory's position (null where
 * none), at most three like the signatories. The files themselves are in the storage (decision 023);
 * going down leaves them there.
 */
export class CertificateIssuerImages1796000001500 implements MigrationInterface {
  name = 'CertificateIssuerImages1796000001500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE certificate_settings
        ADD COLUMN logo jsonb,
        ADD COLUMN signature_images jsonb NOT NULL DEFAULT '[]',
        ADD CONSTRAINT ck_certificate_settings_logo CHECK (logo IS NULL OR jsonb_typeof(logo) = 'object'),
        ADD CONSTRAINT ck_certificate_settings_signature_images
          CHECK (jsonb_typeof(signature_images) = 'array' AND jsonb_array_length(signature_images) <= 3)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE certificate_settings DROP COLUMN signature_images, DROP COLUMN logo`);
  }
}
