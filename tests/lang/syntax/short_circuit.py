# `and`/`or` return operands and short-circuit.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print('' or 'default', 'x' or 'default', [] and 'never', [1] and 'yes')
print(None or 0 or '' or [] or 'last', None or 0 or '' or [])
print(1 and 2 and 3, 1 and 0 and 3, 0 or 0 or 0)
log = []
def t(x):
    log.append(x)
    return x
t(0) and t(1)
print(log)
log.clear()
t(1) or t(2)
print(log)
log.clear()
t(0) or t(0) or t(3) or t(4)
print(log)
log.clear()
t(1) and t(2) and t(0) and t(5)
print(log)
print(not 0, not 1, not '', not 'a', not None, not [])
print(type(1 and 2).__name__, type(0 or 2.5).__name__)
d = {}
print(d.get('a') or 'missing')
x = None
print(x is not None and x > 3)
print((x or 10) > 3)
print(True and 'str', False or None, (False or None) is None)
