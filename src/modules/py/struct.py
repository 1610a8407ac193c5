"""Functions to convert between Python values and C structs (weft)."""

from _struct import (error, pack, pack_into, unpack, unpack_from,
                     iter_unpack, calcsize)

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
           'iter_unpack', 'Struct', 'error']


class Struct:
    """Struct(fmt) --> compiled struct object"""

    def __init__(self, format):
        size = calcsize(format)
        if isinstance(format, bytes):
            format = format.decode('ascii')
        self.format = format
        self.size = size

    def pack(self, *values):
        return pack(self.format, *values)

    def pack_into(self, buffer, offset, *values):
        return pack_into(self.format, buffer, offset, *values)

    def unpack(self, buffer):
        return unpack(self.format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self.format, buffer)

    def __repr__(self):
        return 'Struct(%r)' % (self.format,)


Struct.__module__ = '_struct'
