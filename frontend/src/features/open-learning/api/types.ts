import type { components } from '@/api/schema';

export type Topic = components['schemas']['TopicView'];

export type Material = components['schemas']['MaterialView'];

export type MaterialInput = {
  topicId: number;
  title: string;
  summary: string;
  bodyHtml: string;
  videoMediaId: string | null;
  leafletMediaId: string | null;
  position: number;
  version: number;
};

export type QrTarget = 'MATERIAL' | 'TOPIC' | 'COURSE';
export type PosterFormat = 'A4' | 'A6';

export type CommuneReach = components['schemas']['CommuneReach'];
export type Reach = {
  from: string;
  to: string;
  totalOpens: number;
  communes: CommuneReach[];
  byTarget: { unitId: number; target: QrTarget; ref: string; opens: number }[];
};

export type UnitNode = { id: number; code: string; name: string; type: string; status: string; children: UnitNode[] };
