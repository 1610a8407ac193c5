# Formatting with wide and combining characters (widths count code points).
for s in ('a', 'é', '中', '😀', 'e\u0301'):
    print('[%5s][%-5s][%s][%s]' % (s, s, format(s, '^5'), f'{s:*>4}'))
print(f'{"naïve":10}|', '{:.3}'.format('中文字符'), '%.2s' % '😀😀😀')
print(str(['é', '中']), str(('😀',)), repr({'é': 1}))
print('%5s|' % '中文', '%-5s|' % '😀', '{:<3}|'.format('é'))
print(f'{"中":　^5}|', '{:中>4}'.format('x'), format('ab', 'é^6'))
print('|'.join(s.center(6, '.') for s in ('中', 'éé', '😀😀😀')))
for w in range(1, 4):
    print(f'[{"中文":>{w}}]', f'[{"é":<{w}}]')
print(len(f'{"中":>5}'), len('%3s' % '😀'))
