from array import array

a = array('h', [1, 2, 3, 4, 5])
print(a[1:3], a[::-1], a[::2], a[10:])
a[1:3] = array('h', [20, 30, 40])
print(a)
del a[::2]
print(a)
print(a + array('h', [7]), a * 2, 2 * a, a * 0)
b = array('h', [1])
b += array('h', [2, 3])
b *= 2
print(b)
print(array('b', [1]) == array('h', [1]), array('b', [1, 2]) < array('b', [1, 3]), array('i', [1]) != array('i', [1]))
print(array('i', [3]) == [3])
print(array('b', [1, 2]).tobytes(), array('h', [1, -1]).tobytes(), array('d', [1.0]).tobytes())
c = array('i')
c.frombytes(b'\x01\x00\x00\x00\x02\x00\x00\x00')
print(c)
c.fromlist([7, 8])
print(c)
e = array('i', [1, 2])
e.byteswap()
print(e)
f = array('f', [0.1, 0.5])
print(f, f.tobytes(), array('f', f.tobytes()))
g = array('Q', [2**64 - 1])
print(g, array('q', [-2**63]))
import copy
h = copy.copy(g)
h[0] = 5
print(g, h, copy.deepcopy(f))
print(sorted(array('i', [3, 1, 2])), max(array('d', [1.5, 0.5])))
