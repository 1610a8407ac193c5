# += and *= mutate a bytearray in place; on bytes they rebind.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = bytearray(b'ab')
alias = a
a += b'cd'
a += bytearray(b'ef')
a += b''
print(a, alias, a is alias)
a *= 2
print(a, alias, a is alias)
a *= 1
print(a, a is alias)
a *= 0
print(a, alias, a is alias)
a = bytearray(b'xy')
a *= -3
print(a)
b = b'ab'
keep = b
b += b'cd'
b *= 2
print(b, keep, b is keep)
b += bytearray(b'!')
print(type(b).__name__, b)
def iadd(x, y):
    x += y
    return x
def imul(x, y):
    x *= y
    return x
show(lambda: iadd(bytearray(b'a'), 'b'))
show(lambda: iadd(bytearray(b'a'), 1))
show(lambda: iadd(bytearray(b'a'), [98]))
show(lambda: iadd(b'a', 'b'))
show(lambda: imul(bytearray(b'a'), 'x'))
show(lambda: imul(bytearray(b'a'), 1.5))
show(lambda: imul(bytearray(b'a'), 10**20))
show(lambda: imul(bytearray(b'a'), 10**13))
show(lambda: imul(b'a', 2))
s = bytearray(b'me')
show(lambda: iadd(s, s))
print(s)
c = bytearray(b'q')
print(c.__iadd__(b'r'), c.__imul__(2), c)
