# Comprehension scoping rules.
x = 'outer x'
r = [x for x in range(3)]
print(r, x)
i = 'outer i'
d = {i: i for i in range(2)}
print(d, i)
s = {j for j in range(2)}
try:
    print(j)
except NameError as e:
    print('NameError:', e)
g = (k for k in range(2))
list(g)
try:
    print(k)
except NameError as e:
    print('NameError:', e)
def in_function():
    factor = 10
    return [n * factor for n in range(3)]
print(in_function())
def closure_in_comp():
    base = 100
    fns = [lambda: base + n for n in range(3)]
    return [f() for f in fns]
print(closure_in_comp())
def nested_closure():
    offset = 1
    return [[offset + a + b for b in range(2)] for a in range(2)]
print(nested_closure())
def nonlocal_reads():
    items = []
    def add_all(values):
        items.extend([v * 2 for v in values])
    add_all([1, 2])
    return items
print(nonlocal_reads())
y = 5
print([y for _ in range(2)])
print([y := n for n in range(3)], y)
