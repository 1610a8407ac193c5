from array import array

values = [2**64, -2**64, 2**63, 2**32, 2**31, 2**16, 2**15, 256, 128, -1, -129, -2**15 - 1, -2**31 - 1, -2**63 - 1]
for code in 'bBhHiIlLqQ':
    for v in values:
        try:
            print(code, v, array(code, [v]))
        except OverflowError as e:
            print(code, v, 'OverflowError', e)
a = array('b', [0])
try:
    a[0] = 200
except OverflowError as e:
    print('setitem', e)
try:
    a.append(-200)
except OverflowError as e:
    print('append', e)
print(a, array('b', [True, False]), array('B', [127, 128, 255]))
print(array('f', [1e300]), array('f', [5]))
