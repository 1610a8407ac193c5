# Argument count and keyword errors, worded as CPython words them.
calls = [
    lambda: 'a'.upper(1), lambda: 'a'.isalpha(1), lambda: 'a'.center(), lambda: 'a'.center(1, 'x', 2),
    lambda: 'a'.zfill(), lambda: 'a'.zfill(1, 2), lambda: 'a'.find(), lambda: 'a'.find('a', 1, 2, 3),
    lambda: 'a'.rfind(), lambda: 'a'.index(), lambda: 'a'.rindex('a', 0, 1, 2), lambda: 'a'.count(),
    lambda: 'a'.startswith(), lambda: 'a'.endswith('a', 1, 2, 3), lambda: 'a'.replace(), lambda: 'a'.replace('a'),
    lambda: 'a'.replace('a', 'b', 1, 2), lambda: 'a'.split(',', 1, 2), lambda: 'a'.rsplit(',', 1, 2),
    lambda: 'a'.splitlines(True, 1), lambda: 'a'.join(), lambda: 'a'.partition(), lambda: 'a'.rpartition('a', 'b'),
    lambda: 'a'.strip('a', 'b'), lambda: 'a'.expandtabs(1, 2), lambda: 'a'.encode('a', 'b', 'c'),
    lambda: 'a'.translate(), lambda: 'a'.removeprefix(), lambda: 'a'.format_map(), lambda: 'a'.__format__('', ''),
    lambda: str.maketrans(), lambda: str.maketrans('a', 'b', 'c', 'd'),
    lambda: 'a'.upper(x=1), lambda: 'a'.center(width=1), lambda: 'a'.find(sub='a'), lambda: 'a'.count(sub='a'),
    lambda: 'a'.index(sub='a'), lambda: 'a'.replace(old='a', new='b'), lambda: 'a'.split(seps=','),
    lambda: 'a'.rsplit(max=1), lambda: 'a'.splitlines(keep=True), lambda: 'a'.expandtabs(size=2),
    lambda: 'a'.encode(encodings='a'), lambda: 'a'.join(iterable='a'), lambda: 'a'.zfill(width=3),
    lambda: 'a'.split(',', sep=','), lambda: 'a'.rsplit(None, 1, maxsplit=1), lambda: 'a'.encode('ascii', encoding='x'),
    lambda: 'a'.splitlines(True, keepends=True), lambda: str(1, object=2), lambda: str(b'', 'ascii', encoding='x'),
    lambda: str(b'', 'ascii', 'strict', 'x'), lambda: str(obj=1), lambda: 'a'.strip(chars='a'),
    lambda: 'a'.startswith(prefix='a'), lambda: 'a'.partition(sep='='), lambda: 'a'.translate(table={}),
]
for call in calls:
    try:
        print(repr(call()))
    except TypeError as e:
        print(type(e).__name__, e)
