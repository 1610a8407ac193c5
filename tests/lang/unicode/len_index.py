# len, indexing and slicing of non-ASCII strings.
samples = ['é', 'café', '中文字符', '😀', 'a😀b', 'naïve résumé', 'e\u0301', '👨‍👩‍👧', 'Ωmega', '\U0010ffff']
for s in samples:
    print(repr(s), len(s), s[0], s[-1], s[::-1], s[1:3], [ord(c) for c in s][:4])
s = 'héllo wörld 中文 😀!'
print(s[1], s[7], s[12], s[15], s[-2], s[12:14], s[::3], s.index('😀'), s.find('中'))
print(s.upper(), s.title(), s.split(), s.replace('ö', 'o'), s.count('l'))
print(sorted('zéa中😀'), max('aé中'), min('中😀'))
print('中' * 3, '中' in s, '文 😀' in s, s.startswith('hé'), s.endswith('😀!'))
print(list('a中b'), '-'.join('中文'), 'é'.center(5, '*'), '中'.zfill(3))
