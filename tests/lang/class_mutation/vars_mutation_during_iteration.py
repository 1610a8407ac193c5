# Changing instance/class namespaces while iterating over them.
class A:
    pass


a = A()
for i in range(3):
    setattr(a, f'k{i}', i)
try:
    for name in vars(a):
        setattr(a, name + '_copy', 0)
except RuntimeError as e:
    print(type(e).__name__, e)
print(sorted(vars(a)))
for name in list(vars(a)):
    if name.endswith('_copy'):
        delattr(a, name)
print(list(vars(a)))
for name in list(vars(a)):
    setattr(a, name, getattr(a, name) * 10)
print(vars(a))
try:
    for name in vars(a):
        delattr(a, name)
except RuntimeError as e:
    print(type(e).__name__, e)
print(len(vars(a)))


class B:
    x = 1
    y = 2


snapshot = dict(vars(B))
B.z = 3
print('z' in snapshot, 'z' in vars(B))
view = vars(B)
B.w = 4
print('w' in view)
try:
    for k in vars(B):
        if k == 'x':
            B.added = True
except RuntimeError as e:
    print(type(e).__name__, e)
print(hasattr(B, 'added'))
keys = [k for k in vars(B) if not k.startswith('__')]
print(keys)
