# The str dunder methods called directly, and unbound method calls.
s = 'abc'
print(s.__len__(), s.__getitem__(1), s.__getitem__(slice(None, None, -1)), s.__contains__('b'), s.__contains__('x'))
print(s.__add__('d'), s.__mul__(2), s.__rmul__(3), repr(s.__mul__(-1)), s.__mod__(()), '%s!'.__mod__('x'), '%d'.__mod__(5))
print(s.__rmod__(1), '%s|'.__rmod__('%s'), s.__eq__('abc'), s.__eq__(1), s.__ne__(1), s.__ne__('abd'), s.__lt__('abd'), s.__lt__(1))
print(s.__le__('abc'), s.__gt__('ab'), s.__ge__('b'), s.__ge__(None))
print(s.__str__(), s.__repr__(), 'it\'s'.__repr__(), s.__format__(''), s.__format__('>5'), s.__getnewargs__())
print(s.__hash__() == hash(s), ''.__sizeof__(), 'a'.__sizeof__(), 'é'.__sizeof__(), '中'.__sizeof__(), '😀'.__sizeof__())
print(''.join(s.__iter__()), str.__len__('hello'), str.__getitem__('hello', -1), str.__add__('a', 'b'))
print(str.upper('x'), str.split('a b'), str.count('aaa', 'a'), str.format('{}-{}', 1, 2), str.center('a', 3, '*'))
for call in [lambda: s.__add__(1), lambda: s.__mul__('x'), lambda: s.__mul__(1.5), lambda: s.__getitem__('x'),
             lambda: s.__contains__(1), lambda: s.__len__(1), lambda: s.__format__(1), lambda: s.__format__(),
             lambda: s.__getitem__(), lambda: s.__mod__(1), lambda: s.__format__('d')]:
    try:
        print(repr(call()))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for call in [lambda: str.upper(1), lambda: str.upper(), lambda: str.split(1), lambda: str.find(b'a', 'a'),
             lambda: str.join(None, []), lambda: str.format(), lambda: str.format(1), lambda: str.__len__(5),
             lambda: str.strip([]), lambda: str.encode(1), lambda: str.splitlines(None), lambda: str.format_map(1, {})]:
    try:
        print(repr(call()))
    except TypeError as e:
        print(type(e).__name__, e)
t = str.maketrans('a', 'b')
print([(k, t[k]) for k in t], len('x'.maketrans('', '')))
