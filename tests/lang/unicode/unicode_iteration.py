# Iterating, reversing and building non-ASCII strings.
s = 'añ中😀b'
for i, c in enumerate(s):
    print(i, c, ord(c), c.encode())
print(''.join(reversed(s)), s[::-1] == ''.join(reversed(s)))
built = ''
for c in s:
    built = c + built
print(built)
counts = {}
for c in 'ééaé中中':
    counts[c] = counts.get(c, 0) + 1
print(counts)
print([c for c in s if ord(c) > 127], ''.join(c * 2 for c in s))
print(s.upper(), s.encode('utf-8', 'replace'), len(s.encode()))
words = ['résumé', 'zèbre', 'apple', 'Éclair', '中文']
print(sorted(words), sorted(words, key=str.casefold))
