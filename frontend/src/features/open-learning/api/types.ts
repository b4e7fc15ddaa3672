export type Topic = { id: number; slug: string; title: string; summary: string; position: number; version: number };

export type Material = {
  id: number;
  slug: string;
  topicId: number;
  title: string;
  summary: string;
  bodyHtml: string;
  videoMediaId: string | null;
  leafletMediaId: string | null;
  position: number;
  published: boolean;
  updatedBy: string;
  updatedAt: string;
  version: number;
};

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

export type CommuneReach = { unitId: number; code: string; name: string; opens: number };
export type Reach = {
  from: string;
  to: string;
  totalOpens: number;
  communes: CommuneReach[];
  byTarget: { unitId: number; target: QrTarget; ref: string; opens: number }[];
};

export type UnitNode = { id: number; code: string; name: string; type: string; status: string; children: UnitNode[] };
