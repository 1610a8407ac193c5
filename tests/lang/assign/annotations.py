# Annotated assignment statements (no classes).
x: int = 5
print(x)
y: 'anything goes'
try:
    print(y)
except NameError as e:
    print('NameError:', e)
z: list = []
z.append(1)
print(z)
d = {}
d['k']: int = 3
print(d)
def f():
    a: int = 1
    b: str
    return a
print(f())
count: int = 0
for i in range(3):
    count += i
print(count)
