import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { LearnerImport } from '@/features/learner-imports/api/types';

/** Uploads a staff list for a dry run; nothing is stored until it is committed. */
export const uploadImport = (file: File): Promise<LearnerImport> => api.upload<LearnerImport>('/api/learner-imports', file);

export const useUploadImport = () => useMutation({ mutationFn: uploadImport });
