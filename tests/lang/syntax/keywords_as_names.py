# Soft keywords and builtin names used as identifiers, name shadowing.
match = 1
case = 2
_ = 3
type = 'shadowed type'
print(match, case, _, type)
del type
print(type(1).__name__)
list_ = [1, 2]
def len(x):
    return 'my len'
print(len(list_))
del len
print(len(list_))
print = print
print('print still works')
__private = 'dunder-prefixed module name'
print(__private)
résumé = 'unicode identifier'
print(résumé)
变量 = 42
print(变量)
a1, _b, c_2 = 1, 2, 3
print(a1 + _b + c_2)
True_ = False
print(True_)
