# f-string edge cases.
x = 10
d = {'a': 1}
print(f'{x!r:>5}|{x!s:<5}|{"s"!r:^7}|')
print(f'{d["a"]}', f"{d['a']}", f'{d}', f'{"{"}{"}"}')
print(f'{x:{"^"}{10}}|', f'{x:{x}}|', f'{3.14159:.{x - 7}f}')
print(f'{x if x > 5 else -x}', f'{[i for i in range(3)]}', f'{ {1: 2} }', f'{(1, 2)}')
print(f'{x:#x}{x:#o}{x:#b}', f'{-x:=+5}', f'{x:c}' if False else f'{65:c}')
print(f'{"":>3}|', f'{"":*<3}|', f'{x:>{x}}|')
print(f'{x}' f'{x}' 'plain', F'{x}', rf'\n{x}', fr'{x}\t')
print(f'{x=!r:>6}', f'{ x = }', f'{x+1=}', f'{d["a"]=}')
print(f'{"multi"} {x} {"level"!r}')
width = 8
for v in (1.5, 22.25, 333.125):
    print(f'|{v:{width}.2f}|{v:<{width}}|{v:^{width}.1e}|')
y = 'str'
print(f'{y!s:>5}', f'{y.upper()!r}', f'{len(y):03}')
