# f-string basics: expressions, nesting, quotes, braces.
name = 'world'
n = 42
print(f'hello {name}', f"{n}", f'''{n + 1}''', F'{name.upper()}')
print(f'{n * 2} {n // 5} {n % 5} {n ** 2}')
print(f'{[1, 2, 3][1]} {"abc"[::-1]} {{literal}} {{{n}}}')
print(f'{name!r} {name!s} {"é"!a} {n!r}')
items = {'k': 'v'}
print(f"{items['k']} {len(items)} {'yes' if n > 40 else 'no'}")
print(f'{(lambda x: x * 2)(21)}', f'{n:}', f'{ n }')
x = 3.14159
print(f'{x:.2f} {x:10.3f}| {x:<10.1f}| {x:e} {n:05d} {n:x} {n:#b}')
w, p = 12, 4
print(f'[{x:{w}.{p}f}] [{x:>{w}}] [{name:^{w}}] [{n:{"0"}{w}}]')
print(f'{n=}', f'{name=}', f'{n * 2 = }', f'{x=:.1f}', f'{name=!s}')
print(f'{f"{n}"}', f'{"nested " + f"{name}"}')
print(f'{n:,}', f'{10 ** 7:_}', f'{-n:+}', f'{n:+}')
print(f'multi'
      f'part {n}'
      ' plain')
print(f'{None} {True} {[1, "a"]} {(1,)}')
print(f'{3 + 4:>5}|{"a" "b"}|')
print(f'{"tab:"}\t{n}', f'\N{BULLET} {n}', f'\x41{n}')
