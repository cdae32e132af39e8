import fs from 'fs';
import type { Core } from '@strapi/strapi';
import type { Role } from '../../../shared/contracts/profile';
import { PROFILE_UID } from '../constants/uids';
import { sniffPhotoType } from '../profiles/image-type';
import { badInput } from '../utils/errors';
import { getService } from '../utils/get-service';
import type { UploadedFile } from './linkedin-import';

export const MAX_PHOTO_BYTES = 2 * 1024 * 1024;

/** A participant's photo: one image per profile, replaced or removed by its owner only. */
const profilePhoto = ({ strapi }: { strapi: Core.Strapi }) => {
  const upload = () => strapi.plugin('upload').service('upload');

  const removeFile = async (photo: { id: number } | null | undefined) => {
    if (photo) await upload().remove(photo);
  };

  return {
    async replace(role: Role, userId: number, file: (UploadedFile & { mimetype?: string }) | UploadedFile[] | undefined) {
      if (!file || Array.isArray(file) || !file.filepath) {
        throw badInput('No photo was uploaded', [{ path: ['file'], message: 'attach one JPEG, PNG or WebP image as the multipart field `file`' }]);
      }
      if (file.size > MAX_PHOTO_BYTES) {
        throw badInput('The photo is too large', [{ path: ['file'], message: 'must be at most 2 MB' }]);
      }
      const head = new Uint8Array(16);
      const handle = await fs.promises.open(file.filepath, 'r');
      try {
        await handle.read(head, 0, head.length, 0);
      } finally {
        await handle.close();
      }
      const type = sniffPhotoType(head);
      if (!type) throw badInput('The photo is not an image we accept', [{ path: ['file'], message: 'must be a JPEG, PNG or WebP image' }]);

      const profile = await getService(strapi, 'profiles').findOwn(role, userId);
      const [uploaded] = await upload().upload({
        data: { fileInfo: { name: `profile-${profile.documentId}`, alternativeText: `Photo of ${profile.fullName}` } },
        files: { ...file, mimetype: type },
      });
      const updated = await strapi.documents(PROFILE_UID[role]).update({
        documentId: profile.documentId,
        data: { photo: uploaded.id } as any,
        populate: ['photo', 'program'],
      });
      await removeFile(profile.photo);
      return getService(strapi, 'profiles').ownViewOf(role, updated as Record<string, any>);
    },

    async remove(role: Role, userId: number) {
      const profile = await getService(strapi, 'profiles').findOwn(role, userId);
      const updated = await strapi.documents(PROFILE_UID[role]).update({
        documentId: profile.documentId,
        data: { photo: null } as any,
        populate: ['photo', 'program'],
      });
      await removeFile(profile.photo);
      return getService(strapi, 'profiles').ownViewOf(role, updated as Record<string, any>);
    },
  };
};

export default profilePhoto;
