# Assignment expressions (:=).
if (n := 10) > 5:
    print('n is', n)
data = [1, 2, 3, 4, 5]
i = 0
while (v := data[i]) < 4:
    print('v', v)
    i += 1
print([y for x in range(6) if (y := x * x) % 2 == 0])
print([(y := x + 1, y * 2) for x in range(3)])
print('y leaked from comprehension:', y)
stack = [1, 2, 3]
while (top := stack.pop() if stack else None) is not None:
    print('top', top)
print((z := 5) + z)
def f(x):
    return (w := x * 2) + w
print(f(3))
vals = [5, 0, 3]
print(any((hit := v) == 0 for v in vals), hit)
total = 0
print([total := total + v for v in [1, 2, 3]], total)
print(f'{(q:=7)}', q)
