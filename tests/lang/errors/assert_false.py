# AssertionError: msg.
x = 3
assert x == 3, 'x should be 3'
print('first assert passed')
assert False, "msg"
