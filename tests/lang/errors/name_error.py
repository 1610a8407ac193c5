# NameError for an undefined name after some output.
print('start')
def f():
    return foo + 1
print('calling f')
f()
