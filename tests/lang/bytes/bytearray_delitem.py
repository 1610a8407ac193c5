# del on bytearray items and slices.
def delit(data, key):
    ba = bytearray(data)
    try:
        del ba[key]
        print(repr(ba))
    except Exception as e:
        print(type(e).__name__, e)

delit(b'abcdef', 0)
delit(b'abcdef', -1)
delit(b'abcdef', 5)
delit(b'abcdef', 6)
delit(b'abcdef', -7)
delit(b'', 0)
delit(b'abcdef', 'x')
delit(b'abcdef', 1.5)
delit(b'abcdef', 10**20)
delit(b'abcdef', slice(1, 3))
delit(b'abcdef', slice(None))
delit(b'abcdef', slice(3, 1))
delit(b'abcdef', slice(None, None, 2))
delit(b'abcdef', slice(1, None, 2))
delit(b'abcdef', slice(None, None, -2))
delit(b'abcdef', slice(-2, None, -3))
delit(b'abcdef', slice(10, 20))
delit(b'abcdef', slice(None, None, 10))
delit(b'abcdef', slice(None, None, 0))
ba = bytearray(b'0123456789')
while ba:
    del ba[::3]
    print(ba)
ba = bytearray(b'xyz')
ba.__delitem__(1)
print(ba)
try:
    del b'immutable'[0]
except TypeError as e:
    print('TypeError', e)
