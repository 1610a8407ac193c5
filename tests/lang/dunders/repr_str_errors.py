# __repr__ / __str__ returning non-strings, raising, and type-level lookup.
def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


class BadRepr:
    def __repr__(self):
        return 42


class BadStr:
    def __str__(self):
        return None


class BytesStr:
    def __str__(self):
        return b'bytes'


class RaisingRepr:
    def __repr__(self):
        raise ValueError('repr failed')


attempt('repr', lambda: repr(BadRepr()))
attempt('str via repr', lambda: str(BadRepr()))
attempt('list repr', lambda: repr([BadRepr()]))
attempt('fstring !r', lambda: f'{BadRepr()!r}')
attempt('str', lambda: str(BadStr()))
attempt('print-ish', lambda: '%s' % BadStr())
attempt('format', lambda: format(BadStr()))
attempt('fstring', lambda: f'{BadStr()}')
attempt('bytes str', lambda: str(BytesStr()))
attempt('raising', lambda: repr(RaisingRepr()))
attempt('raising in list', lambda: str([1, RaisingRepr()]))
attempt('repr of BadStr ok', lambda: repr(BadStr()).startswith('<'))
attempt('ascii', lambda: ascii(BadRepr()))


class InstanceRepr:
    pass


ir = InstanceRepr()
ir.__repr__ = lambda: 'instance-level repr'
ir.__str__ = lambda: 'instance-level str'
attempt('instance attr ignored', lambda: repr(ir).startswith('<__main__.InstanceRepr object'))
attempt('instance str ignored', lambda: str(ir) == repr(ir))
attempt('explicit call', lambda: ir.__repr__())


class StrRetSubclass:
    class S(str):
        def __str__(self):
            return 'never used'

    def __str__(self):
        return StrRetSubclass.S('returned subclass')


attempt('subclass result', lambda: str(StrRetSubclass()))
attempt('subclass type', lambda: type(str(StrRetSubclass())).__name__)
