from collections import deque
import struct
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
t(lambda: deque([1,2,3], 4) * 10**15)
t(lambda: deque([1,2,3], 5) * 3)
t(lambda: deque('ab', 3) * 2)
d = deque([1,2], 7); d *= 5; print(d)
t(lambda: struct.pack('100000000000s', b''))
t(lambda: struct.calcsize('99999999999999999999999i'))
t(lambda: deque([1]).__getitem__(2**70))
t(lambda: deque([1]).insert(2**70, 1))
t(lambda: deque([1]).rotate(2**70))
t(lambda: deque([1])[-2**62])
t(lambda: deque(range(5)).index(3, -2**70, 2**70))
class Weird(deque):
    def __new__(cls, *a):
        return [9]
t(lambda: deque.__add__(deque.__new__(Weird), deque([1])))
class Sub(deque):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
t(lambda: Sub([1, 2], 5) * 2)
t(lambda: Sub([1]) + Sub([2]))
t(lambda: struct.unpack('<e', b'\x00\x3c'))
