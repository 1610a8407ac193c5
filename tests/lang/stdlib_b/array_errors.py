from array import array

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('bad code', lambda: array('z'))
attempt('code int', lambda: array(1))
attempt('code long', lambda: array('ab'))
attempt('str init', lambda: array('b', 'abc'))
attempt('u item', lambda: array('u', [1]))
attempt('pop empty', lambda: array('b').pop())
attempt('pop range', lambda: array('b', [1]).pop(5))
attempt('remove', lambda: array('b', [1]).remove(5))
attempt('index', lambda: array('b', [1]).index(5))
attempt('getitem', lambda: array('b', [1])[5])
attempt('getitem str', lambda: array('b', [1])['a'])
def setbad():
    a = array('b', [1])
    a[5] = 1
attempt('setitem', setbad)
def setslice():
    a = array('b', [1, 2, 3])
    a[0:2] = [1]
attempt('setslice', setslice)
attempt('add kind', lambda: array('b', [1]) + array('h', [1]))
attempt('add list', lambda: array('b', [1]) + [1])
attempt('extend kind', lambda: array('b', [1]).extend(array('h', [1])))
attempt('extend int', lambda: array('b', [1]).extend(5))
attempt('frombytes', lambda: array('h').frombytes(b'abc'))
attempt('float item', lambda: array('i', [1.5]))
attempt('str item', lambda: array('i', ['a']))
attempt('real', lambda: array('d', ['a']))
attempt('real none', lambda: array('f', [None]))
attempt('big float', lambda: array('d', [10**400]))
