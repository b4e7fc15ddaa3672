import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { LearnerImport } from '@/features/learner-imports/api/types';

/**
 * Uploads a staff list for a dry run; nothing is stored until it is committed. `sheet`: the worksheet to read
 * when the workbook holds several lists (by default the first visible one that holds a list).
 */
export const uploadImport = (file: File, sheet?: string): Promise<LearnerImport> =>
  api.upload<LearnerImport>(
    sheet?.trim() ? `/api/learner-imports?sheet=${encodeURIComponent(sheet.trim())}` : '/api/learner-imports',
    file,
  );

export const useUploadImport = () =>
  useMutation({ mutationFn: ({ file, sheet }: { file: File; sheet?: string }) => uploadImport(file, sheet) });
