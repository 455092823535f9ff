import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A program's certificate settings: criteria, issuer and signatories (one row per program; none: the defaults). */
@Entity('certificate_settings')
export class CertificateSettingsEntity {
  @PrimaryColumn({ type: 'uuid' }) programId!: string;
  @Column({ type: 'uuid', array: true }) requiredModuleIds!: string[];
  @Column({ type: 'numeric', precision: 4, scale: 3 }) minAttendanceRatio!: string;
  @Column({ type: 'numeric', precision: 4, scale: 3 }) sessionPresenceRatio!: string;
  @Column({ type: 'boolean' }) requireApprovedAssignments!: boolean;
  @Column({ type: 'integer' }) minTandemMeetings!: number;
  @Column({ type: 'varchar', length: 200 }) organisation!: string;
  @Column({ type: 'jsonb' }) signatories!: { name: string; role: string }[];
  /** The uploaded logo: storage key, checked type, size (migration 1796000001500). */
  @Column({ type: 'jsonb', nullable: true }) logo!: { key: string; contentType: string; sizeBytes: number } | null;
  /** The signatures by the signatory's position, null where none. */
  @Column({ type: 'jsonb' }) signatureImages!: ({ key: string; contentType: string; sizeBytes: number } | null)[];
  @Column({ type: 'uuid', nullable: true }) updatedBy!: string | null;
  @Column({ type: 'timestamptz' }) updatedAt!: Date;
}

/** A coordinator's decision about one person: issue anyway (allow) or never (block), with a reason. */
@Entity('certificate_override')
export class CertificateOverrideEntity {
  @PrimaryColumn({ type: 'uuid' }) programId!: string;
  @PrimaryColumn({ type: 'uuid' }) userId!: string;
  @Column({ type: 'varchar', length: 5 }) kind!: string;
  @Column({ type: 'varchar', length: 500 }) reason!: string;
  @Column({ type: 'uuid', nullable: true }) createdBy!: string | null;
  @Column({ type: 'timestamptz' }) createdAt!: Date;
}

/** One issuing run of a program (all eligible, or chosen people). */
@Entity('certificate_batch')
export class CertificateBatchEntity {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ type: 'uuid' }) programId!: string;
  @Column({ type: 'uuid', nullable: true }) createdBy!: string | null;
  @Column({ type: 'boolean' }) notify!: boolean;
  @Column({ type: 'integer' }) total!: number;
  @Column({ type: 'timestamptz' }) createdAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) finishedAt!: Date | null;
}

/** A certificate, and its render request while `status` is pending. */
@Entity('certificate')
export class CertificateEntity {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ type: 'uuid' }) programId!: string;
  @Column({ type: 'uuid' }) userId!: string;
  @Column({ type: 'uuid', nullable: true }) batchId!: string | null;
  @Column({ type: 'varchar', length: 24 }) verificationCode!: string;
  @Column({ type: 'jsonb' }) content!: object;
  @Column({ type: 'timestamptz' }) issuedAt!: Date;
  @Column({ type: 'varchar', length: 10 }) status!: string;
  @Column({ type: 'integer' }) renderVersion!: number;
  @Column({ type: 'timestamptz' }) requestedAt!: Date;
  @Column({ type: 'integer' }) attempts!: number;
  @Column({ type: 'varchar', length: 1000, nullable: true }) failureReason!: string | null;
  @Column({ type: 'varchar', length: 300, nullable: true }) storageKey!: string | null;
  @Column({ type: 'integer', nullable: true }) sizeBytes!: number | null;
  @Column({ type: 'timestamptz', nullable: true }) renderedAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) revokedAt!: Date | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) revokedReason!: string | null;
  @Column({ type: 'uuid', nullable: true }) revokedBy!: string | null;
}
