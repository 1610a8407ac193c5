# The `as` name is unbound after the except block.
e = 'before'
try:
    raise ValueError('x')
except ValueError as e:
    print('inside', e)
try:
    print(e)
except NameError as err:
    print('NameError:', err)
def f():
    try:
        raise KeyError('k')
    except KeyError as exc:
        saved = exc
    try:
        return exc
    except UnboundLocalError as err:
        return 'UnboundLocalError: ' + str(err) + ' / saved ' + repr(saved)
print(f())
for i in range(2):
    try:
        raise IndexError(i)
    except IndexError as ex:
        last = ex
print(repr(last))
