# assert with and without messages.
assert True
assert 1 == 1, 'not shown'
try:
    assert False
except AssertionError as e:
    print('AssertionError', repr(e), e.args)
try:
    assert 1 > 2, 'one is not greater than two'
except AssertionError as e:
    print('AssertionError:', e)
try:
    assert [], ['list', 'message']
except AssertionError as e:
    print(e.args)
calls = []
def msg():
    calls.append('msg evaluated')
    return 'm'
assert True, msg()
print(calls)
try:
    assert None, msg()
except AssertionError as e:
    print(calls, e)
x = 5
try:
    assert x < 3, f'x was {x}'
except AssertionError as e:
    print(e)
try:
    pair = (x, 'tuple is truthy')
    assert pair
    print('tuple assert passed')
except AssertionError:
    print('no')
