import type { components } from '@/api/schema';

type Node = components['schemas']['OrgUnitNode'];

const unit = (
  id: number,
  code: string,
  name: string,
  type: Node['type'],
  children: Node[] = [],
  status: Node['status'] = 'ACTIVE',
): Node => ({
  id,
  code,
  name,
  type,
  status,
  validFrom: '2020-01-01',
  validTo: status === 'ACTIVE' ? null : '2025-07-01',
  children,
});

/** A small slice of Nghệ An, shaped like GET /api/org-units/tree answers. */
export function ngheAnTree(): Node[] {
  return [
    unit(1, 'NA', 'Tỉnh Nghệ An', 'PROVINCE', [
      unit(2, 'NA-SYT', 'Sở Y tế', 'DEPARTMENT'),
      unit(14, 'NA-DIENCHAU', 'Huyện Diễn Châu', 'DISTRICT', [
        unit(141, 'NA-DIENCHAU-DIENKY', 'Xã Diễn Kỷ', 'COMMUNE', [
          unit(1411, 'NA-DIENCHAU-DIENKY-T1', 'Tổ công nghệ số cộng đồng xóm 1', 'COMMUNITY_TEAM'),
        ]),
        unit(142, 'NA-DIENCHAU-DIENHONG', 'Xã Diễn Hồng', 'COMMUNE', [], 'CLOSED'),
      ]),
      unit(15, 'NA-VINH', 'Thành phố Vinh', 'DISTRICT', [
        unit(151, 'NA-VINH-DONGVINH', 'Phường Đông Vĩnh', 'COMMUNE'),
      ]),
    ]),
  ];
}
