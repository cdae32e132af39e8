import fs from 'fs';
import type { Core } from '@strapi/strapi';
import type { Role } from '../../../shared/contracts/profile';
import { DEFAULT_LIMITS, parseLinkedInExport, validationDetails } from '../linkedin';
import { badInput } from '../utils/errors';

/** The multipart file as Strapi's body parser (formidable) leaves it on disk. */
export interface UploadedFile {
  filepath: string;
  originalFilename?: string | null;
  size: number;
}

const MISSING = 'attach your LinkedIn data export (the .zip, or one of its CSV files) as the multipart field `file`';

/** Reads a LinkedIn export into proposed profile fields; nothing is saved until the participant saves. */
const linkedinImport = ({ strapi }: { strapi: Core.Strapi }) => ({
  async propose(role: Role, file: UploadedFile | UploadedFile[] | undefined) {
    if (!file || Array.isArray(file) || !file.filepath) {
      throw badInput('No LinkedIn export was uploaded', [{ path: ['file'], message: MISSING }]);
    }
    try {
      if (file.size > DEFAULT_LIMITS.maxFileBytes) {
        const megabytes = DEFAULT_LIMITS.maxFileBytes / 1024 / 1024;
        throw badInput('The file is too large', [{ path: ['file'], message: `must be at most ${megabytes} MB: upload the export as LinkedIn sent it` }]);
      }
      const bytes = new Uint8Array(await fs.promises.readFile(file.filepath));
      const result = parseLinkedInExport({ filename: file.originalFilename ?? 'upload', bytes, role });
      if (!result.ok) throw badInput(result.error.message, validationDetails(result.error).errors);
      return { proposed: result.proposed, read: result.read, warnings: result.warnings };
    } finally {
      // The upload was only needed to read it: never keep a participant's export on disk.
      await fs.promises.rm(file.filepath, { force: true }).catch((error: Error) => strapi.log.warn(`Could not remove an upload: ${error.message}`));
    }
  },
});

export default linkedinImport;
