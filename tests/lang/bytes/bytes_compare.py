# Comparisons between bytes, bytearray and other types.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

pairs = [(b'abc', b'abc'), (b'abc', b'abd'), (b'ab', b'abc'), (b'b', b'abc'), (b'', b''),
         (b'', b'\x00'), (b'\xff', b'\x7f'), (b'a', bytearray(b'a')), (bytearray(b'a'), b'b'),
         (bytearray(b'xy'), bytearray(b'xy')), (bytearray(), b'')]
for a, b in pairs:
    print(repr(a), repr(b), a == b, a != b, a < b, a <= b, a > b, a >= b)
print(b'abc' == 'abc', b'abc' != 'abc', bytearray(b'a') == 'a', b'1' == 1, b'' == None)
print(b'a' == [97], bytearray(b'a') != (97,), b'\x01' == True)
print(sorted([b'b', b'a', b'ab', b'', b'B']) if False else 'sorted skipped')
print(max(b'a', b'b') if False else 'max skipped')
show(lambda: b'a' < 'a')
show(lambda: b'a' <= 1)
show(lambda: bytearray(b'a') > 'a')
show(lambda: 'a' >= b'a')
show(lambda: b'a' < None)
show(lambda: [1] < bytearray())
x = b'same'
print(x == x, x is x, x < x, bytearray(x) == bytearray(x))
print(b'abc' in [b'x', b'abc'], bytearray(b'abc') in [b'abc'], b'q' in (bytearray(b'q'),))
