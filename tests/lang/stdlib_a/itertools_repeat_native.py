import itertools, operator
r = itertools.repeat(3, 2)
print(operator.length_hint(r), type(r).__name__, list(r), operator.length_hint(r), repr(r))
try:
    len(itertools.repeat(1)) and None
except TypeError:
    print('TypeError')
print(operator.length_hint(itertools.repeat(1), 9))
print(list(map(pow, [1, 2, 3], itertools.repeat(3))))
print(repr(itertools.repeat(None, times=4)))
