from array import array

a = array('i', [1, 2, 3])
print(a, len(a), a[0], a[-1], a.typecode, a.itemsize)
a.append(4)
a.extend([5, 6])
a.insert(0, 0)
print(a, a.pop(), a.pop(0), a)
a.remove(3)
print(a, a.index(4), a.count(2), 2 in a, 99 in a)
a.reverse()
print(a, a.tolist(), list(a), sum(a))
a[1] = 40
del a[0]
print(a)
print(array('d', [1, 2.5]), array('f', [0.1]), array('d'), array('b'))
print(array('u', 'hello'), array('u', 'hi').tounicode())
print(array('B', b'\x01\xff'), array('b', b'\x01\xff'), array('H', b'\x01\x00\x02\x00'))
print(array('i', array('b', [1, 2])))
print([array(c).itemsize for c in 'bBuhHiIlLqQfd'])
import array as array_module
print(array_module.typecodes, array_module.ArrayType is array)
print(type(a).__name__, type(a))
for x in array('h', [5, 6]):
    print(x)
