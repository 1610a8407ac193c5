# Long non-ASCII strings: indexing, slicing and searching far from the start.
base = 'aé中😀'
s = ''.join(base[i % 4] for i in range(500)) + 'MARK' + 'ñ' * 77 + '文'
n = len(s)
print(n, s[0], s[1], s[2], s[3], s[31], s[32], s[33], s[63], s[64], s[65], s[499], s[500], s[-1], s[-2], s[-78])
print(s[100:112], s[498:506], s[-80:-76], s[250:260:3], s[-1:-10:-2], s[::97], s[::-101])
print(s.find('MARK'), s.find('文'), s.rfind('中'), s.find('中', 300), s.rfind('😀', 0, 257), s.index('ñ'), s.rindex('a'))
print(s.count('é'), s.count('😀', 100, 400), s.count('ñ', -50), s.count('', 490, 510), s.find('', n), s.find('', n + 1))
print(s.startswith('MARK', 500), s.endswith('😀', 0, 500), s.startswith('é', 1), s.endswith('ñ文'), s.startswith('中😀', 2))
print(len(s.split('中')), s.split('MARK')[1][:5], s.rsplit('😀', 2)[1], s.rsplit('😀', 2)[2][:4], s.partition('MARK')[2][:3], s.rpartition('é')[0][-6:])
print(s.replace('😀', '<>')[:20], s.replace('ñ', '')[-6:], s.upper()[490:510], s.center(600, '·')[:52])
print([s[i] for i in range(0, n, 53)])
t = ''.join(s[i] for i in range(n))
print(t == s, hash(t) == hash(s), t[::-1][::-1] == s, s[:300] + s[300:] == s, s[1:] < s, s < s + 'x')
for key in [n, -n - 1]:
    try:
        s[key]
    except IndexError as e:
        print(type(e).__name__, e)
words = [base * k for k in range(10, 13)]
print([len(w) for w in words], [w[-3:] for w in words], [w.find('😀', 35) for w in words])
print(repr(('é' * 40)[33:37]), repr(('é' * 40 + 'x')[-2:]), ('é' * 100).count('éé'), ('中' * 70).rfind('中', 0, 65))
