import { addressBook, nameSlug } from './identity';

describe('nameSlug', () => {
  it('keeps the ASCII letters of a name', () => {
    expect(nameSlug("Zoë O'Hara-Núñez", '.')).toBe('zoe.ohara.nunez');
    expect(nameSlug('Łukasz Øster Đào', '-')).toBe('lukasz-oster-dao');
    expect(nameSlug('Hữu Thắng Đào', '.')).toBe('huu.thang.dao');
  });
});

describe('addressBook', () => {
  it('numbers namesakes so every address is unique', () => {
    const addressOf = addressBook('alumni.example.edu', 'alum');

    expect(['Ana Silva', 'Ana Silva', 'Ana  Silva', '李雷'].map(addressOf)).toEqual([
      'ana.silva@alumni.example.edu',
      'ana.silva2@alumni.example.edu',
      'ana.silva3@alumni.example.edu',
      'alum@alumni.example.edu',
    ]);
  });
});
