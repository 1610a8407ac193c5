# LEGB scoping.
x = 'global x'
def f():
    return x
def g():
    x = 'local x'
    return x
def h():
    x = 'enclosing x'
    def inner():
        return x
    return inner()
print(f(), g(), h(), x)
def uses_builtin():
    return len('abc')
print(uses_builtin())
def shadow_builtin():
    len = lambda s: 'shadowed'
    return len('abc')
print(shadow_builtin(), len('abc'))
def loop_var_leaks():
    for i in range(3):
        pass
    return i
print(loop_var_leaks())
def conditional_def(flag):
    if flag:
        y = 'set'
    try:
        return y
    except UnboundLocalError as e:
        return 'UnboundLocalError: ' + str(e)
print(conditional_def(True))
print(conditional_def(False))
def param_shadows_global(x):
    return x
print(param_shadows_global('param'), x)
def del_local():
    z = 1
    del z
    try:
        return z
    except NameError as e:
        return type(e).__name__ + ': ' + str(e)
print(del_local())
def comp_scope():
    n = 10
    return [n + i for i in range(3)]
print(comp_scope())
