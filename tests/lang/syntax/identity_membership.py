# is / is not / in / not in.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, None is not None)
print(True is True, (1 == 1) is True)
print(1 in [1, 2], 3 in [1, 2], 3 not in [1, 2])
print('b' in 'abc', 'bc' in 'abc', 'ac' in 'abc', '' in 'abc')
print(2 in (1, 2), 2 in {2: 'x'}, 'x' in {2: 'x'}, 2 in {1, 2})
print(5 in range(10), 10 in range(10), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print(b'a' in b'abc', 97 in b'abc', 1.0 in [1], True in [1])
print([1] in [[1], [2]], (1,) in [(1,)], [] in [[]])
print(not 1 in [1], not (1 in [1]))
nan = float('nan')
lst = [nan]
print(nan in lst, nan == nan, lst == [nan], lst[0] is nan)
e = ()
print(e == (), type(e) is tuple, type(a) is list, type(a) is not tuple)
it = iter([1, 2, 3, 4])
print(2 in it, list(it))
print(3 in {3: None}.keys(), None in {3: None}.values())
print((1, 'a') in {1: 'a'}.items(), (1, 'b') in {1: 'a'}.items())
