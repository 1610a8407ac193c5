# Extended slice assignment (step != 1): sizes must match.
def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

def assign(lst, sl, v):
    lst[sl] = v
    return lst

a = list(range(10))
a[::2] = 'abcde'
print(a)
a[1::2] = range(5)
print(a)
a[::-1] = list(range(10))
print(a)
a[8:2:-3] = ['x', 'y']
print(a)
a[::3] = (True, False, None, 0)
print(a)
b = [1, 2, 3, 4]
b[::-1] = b
print(b)
b[::2] = [b, b]
print(len(b), b[0] is b, b[2] is b)
check('too many', lambda: assign([1, 2, 3], slice(None, None, 2), [1, 2, 3]))
check('too few', lambda: assign([1, 2, 3, 4, 5], slice(None, None, 2), [1]))
check('neg step size', lambda: assign([1, 2, 3], slice(None, None, -1), [1, 2]))
check('empty ok', lambda: assign([1, 2, 3], slice(5, 9, 2), []))
check('empty mismatch', lambda: assign([1, 2, 3], slice(5, 9, 2), [1]))
check('not iterable', lambda: assign([1, 2, 3], slice(None, None, 2), 5))
check('none value', lambda: assign([1, 2, 3], slice(None, None, -1), None))
check('gen value', lambda: assign([1, 2, 3], slice(None, None, 2), (x for x in 'ab')))
check('str value', lambda: assign([1, 2, 3, 4], slice(1, None, 2), 'xy'))
check('step -1 full', lambda: assign(list('abc'), slice(None, None, -1), 'xyz'))
check('step 1 explicit', lambda: assign([1, 2, 3], slice(0, 3, 1), []))
check('huge step', lambda: assign([1, 2, 3], slice(None, None, 10 ** 20), ['z']))
check('huge neg step', lambda: assign([1, 2, 3], slice(None, None, -10 ** 20), ['z']))
