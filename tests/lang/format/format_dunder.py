# __format__ of str, int, float, bool and object; format() and f-strings use them.
print('abc'.__format__(''), 'abc'.__format__('>6'), 'abc'.__format__('*^7'), 'abc'.__format__('.1'), 'é'.__format__('3'))
print((42).__format__(''), (42).__format__('x'), (42).__format__('08b'), (-42).__format__('+,'), (10 ** 20).__format__('_'))
print((1.5).__format__(''), (1.5).__format__('.3f'), (2.0).__format__('e'), (0.1).__format__('%'), (1e16).__format__(''))
print(True.__format__(''), True.__format__('d'), False.__format__('>5'), True.__format__('x'), True.__format__('.1f'))
print(None.__format__(''), [1, 2].__format__(''), (1,).__format__(''), {}.__format__(''))
for v, spec in [(None, 'x'), ([1], '>5'), ((), 's'), ('a', 'd'), (1, 's'), (1.5, 'd'), ('a', '+'), ('a', ' '),
                ('a', '#'), ('a', '='), ('a', '05'), (1, '.2'), (1, 'z'), (True, 's'), ('a', '<<<')]:
    try:
        print(repr(v), repr(spec), repr(v.__format__(spec)))
    except (TypeError, ValueError) as e:
        print(repr(v), repr(spec), type(e).__name__, e)
for v in ['a', 1, 1.5, None]:
    for args in [(), (1,), ('', '')]:
        try:
            v.__format__(*args)
        except TypeError as e:
            print(type(e).__name__, e)
for call in [lambda: str.__format__(1, ''), lambda: int.__format__('a', ''), lambda: float.__format__(1, '')]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
x, w, p = 3.14159, 10, 3
print(f'{x:{w}.{p}f}|{x!r:>20}|{"é"!a}|{42:#x}|{"s":^5}|{None!s:>6}|')
print(format('x'), format('x', ''), format(5, ''), format(5, 'b'), format(-0.0, ''), format(1e300, '.3'), format([1], ''))
for v, spec in [('x', 'd'), (5, 's'), (None, 'd'), (1.5, 'x')]:
    try:
        format(v, spec)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
