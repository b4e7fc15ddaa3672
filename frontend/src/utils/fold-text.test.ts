import { describe, expect, it } from 'vitest';
import { foldText } from '@/utils/fold-text';

describe('foldText', () => {
  it('drops Vietnamese tone and vowel marks and lower-cases', () => {
    expect(foldText('Huyện Diễn Châu')).toBe('huyen dien chau');
  });

  it('turns đ and Đ into d, which Unicode decomposition does not do', () => {
    expect(foldText('Phường Đông Vĩnh, Đô Lương')).toBe('phuong dong vinh, do luong');
  });

  it('treats precomposed and decomposed input alike', () => {
    expect(foldText('Kỷ'.normalize('NFD'))).toBe(foldText('Kỷ'.normalize('NFC')));
  });
});
