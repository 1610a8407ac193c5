# Calling bytes.__new__ / bytearray.__new__ directly checks the class argument.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: bytes.__new__(bytes))
show(lambda: bytes.__new__(bytes, 3))
show(lambda: bytes.__new__(bytes, [104, 105]))
show(lambda: bytes.__new__(bytes, 'hi', 'ascii'))
show(lambda: bytes.__new__(int))
show(lambda: bytes.__new__(1))
show(lambda: bytes.__new__(None, b'x'))
show(lambda: bytes.__new__(bytearray))
show(lambda: bytearray.__new__(bytes))
show(lambda: bytearray.__new__(str))
show(lambda: bytes.__new__())
show(lambda: bytearray.__new__())
show(lambda: type(bytes.__new__(bytes, b'q')).__name__)
show(lambda: bytes.fromhex.__name__)
show(lambda: bytearray.maketrans(b'a', b'b')[97])
show(lambda: bytes.fromhex('61') == bytearray.fromhex('61'))
