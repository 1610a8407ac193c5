# __bytes__ used by bytes(), and its error cases.
class Payload:
    def __init__(self, text):
        self.text = text

    def __bytes__(self):
        print('__bytes__ called')
        return self.text.encode()


p = Payload('héllo')
print(bytes(p), len(bytes(p)))
print(bytes(Payload('')), type(bytes(Payload('x'))).__name__)


class BadBytes:
    def __bytes__(self):
        return 'not bytes'


try:
    bytes(BadBytes())
except TypeError as e:
    print(type(e).__name__, e)


class BytesAndIter:
    def __bytes__(self):
        return b'from __bytes__'

    def __iter__(self):
        return iter([65, 66])


print(bytes(BytesAndIter()), bytearray(BytesAndIter()))


class IterOnly:
    def __iter__(self):
        return iter([72, 105])


print(bytes(IterOnly()))


class IndexOnly:
    def __index__(self):
        return 3


print(bytes(IndexOnly()))


class BytesSub(bytes):
    pass


class ReturnsSub:
    def __bytes__(self):
        return BytesSub(b'sub')


r = bytes(ReturnsSub())
print(r, type(r).__name__)
try:
    bytes(object())
except TypeError as e:
    print(type(e).__name__, e)
