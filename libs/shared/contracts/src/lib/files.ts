import * as z from 'zod';

/*
 * Stored files (materials, submission files, later certificates): what the upload accepts, how
 * a stored file looks to clients, and the codes of refused uploads. The API checks extension
 * and content (magic bytes; an office file must be a real OOXML zip) and streams to storage.
 */

/** What a file is, by extension and content (both must agree). */
export const FileKindSchema = z.enum(['pdf', 'image', 'document', 'presentation', 'spreadsheet']);
export type FileKind = z.infer<typeof FileKindSchema>;

/** Extensions the upload accepts, and what each must contain. */
export const UPLOAD_EXTENSIONS = {
  pdf: { kind: 'pdf', contentType: 'application/pdf' },
  png: { kind: 'image', contentType: 'image/png' },
  jpg: { kind: 'image', contentType: 'image/jpeg' },
  jpeg: { kind: 'image', contentType: 'image/jpeg' },
  webp: { kind: 'image', contentType: 'image/webp' },
  docx: { kind: 'document', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  pptx: { kind: 'presentation', contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' },
  xlsx: { kind: 'spreadsheet', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
} as const satisfies Record<string, { kind: FileKind; contentType: string }>;
export type UploadExtension = keyof typeof UPLOAD_EXTENSIONS;

/** The `accept` attribute of file inputs. */
export const UPLOAD_ACCEPT = Object.keys(UPLOAD_EXTENSIONS)
  .map((e) => `.${e}`)
  .join(',');

/** Default upload limit (the API's `UPLOAD_MAX_BYTES` setting overrides it; clients read it from the API's answer). */
export const DEFAULT_UPLOAD_MAX_BYTES = 25 * 1024 * 1024;

/** A stored file as clients see it (materials and submission files). */
export const StoredFileSchema = z.object({
  id: z.string(),
  /** The original name (checked: no path, no control characters). */
  fileName: z.string(),
  contentType: z.string(),
  kind: FileKindSchema,
  sizeBytes: z.number().int(),
  /** Pages of a PDF, else null. */
  pageCount: z.number().int().nullable(),
  /** Where to download it (same origin, with the caller's token). */
  downloadUrl: z.string(),
  createdAt: z.string(),
});
export type StoredFile = z.infer<typeof StoredFileSchema>;

/** Stable codes of refused uploads (the message is for humans). */
export const FileErrorCode = {
  /** An extension that is not accepted, or content that does not match it (magic bytes, OOXML zip, zip bomb). */
  UnsupportedFileType: 'unsupported_file_type',
  /** A file name with a path, control characters, or nothing left to call it. */
  InvalidFileName: 'invalid_file_name',
  /** Larger than the configured limit (413). */
  FileTooLarge: 'file_too_large',
  /** A multipart request without exactly one `file` field, or one that ended early. */
  InvalidUpload: 'invalid_upload',
} as const;
export type FileErrorCode = (typeof FileErrorCode)[keyof typeof FileErrorCode];
