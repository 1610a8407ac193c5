# join: any iterable of str.
print(repr(''.join([])), repr(','.join([])), repr(','.join(['a'])), repr(','.join(('a', 'b'))))
print(repr('-'.join('abc')), repr('-'.join(c for c in 'xyz')), repr(', '.join({'k': 1, 'v': 2})))
print(repr(''.join(['é', '中', '😀'])), repr('😀'.join(['a', 'b', 'c'])), repr('中'.join('ab')))
print(repr('ab'.join(['', '', ''])), repr(''.join(['', ''])), repr('x'.join(str(i) for i in range(5))))
print(repr(' '.join(map(str, [1, 2, 3]))), len('ab'.join(['x' for _ in range(100)])))
for arg in [1, None, [1], ['a', 2], ('a', b'b'), ['a', ['b']], [None, 'x']]:
    try:
        print(repr('|'.join(arg)))
    except TypeError as e:
        print(type(e).__name__, e)
for args in [(), (['a'], ['b'])]:
    try:
        ','.join(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    ','.join(iterable=['a'])
except TypeError as e:
    print(type(e).__name__, e)
print(str.join('-', ['a', 'b']))
try:
    str.join(['a'], '-')
except TypeError as e:
    print(type(e).__name__, e)
