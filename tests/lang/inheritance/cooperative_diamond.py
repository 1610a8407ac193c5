# Cooperative multiple inheritance: super() follows the MRO of the instance.
class Root:
    def __init__(self, **kw):
        print('Root.__init__ leftover', sorted(kw))
        super().__init__()

    def hello(self):
        return ['Root']

class Left(Root):
    def __init__(self, left=None, **kw):
        print('Left.__init__', left)
        self.left = left
        super().__init__(**kw)

    def hello(self):
        return ['Left'] + super().hello()

class Right(Root):
    def __init__(self, right=None, **kw):
        print('Right.__init__', right)
        self.right = right
        super().__init__(**kw)

    def hello(self):
        return ['Right'] + super().hello()

class Bottom(Left, Right):
    def __init__(self, bottom=None, **kw):
        print('Bottom.__init__', bottom)
        super().__init__(**kw)

    def hello(self):
        return ['Bottom'] + super().hello()

b = Bottom(bottom=1, left=2, right=3, extra=4)
print(b.hello(), b.left, b.right)
print([c.__name__ for c in Bottom.__mro__])
print(Left.hello(b), Left().hello())

class Logger:
    def log(self, msg):
        return [f'Logger:{msg}']

class Timestamp(Logger):
    def log(self, msg):
        return ['Timestamp'] + super().log('[t] ' + msg)

class Upper(Logger):
    def log(self, msg):
        return ['Upper'] + super().log(msg.upper())

class Both(Timestamp, Upper):
    pass

class BothReversed(Upper, Timestamp):
    pass

print(Both().log('hi'))
print(BothReversed().log('hi'))

class A:
    def m(self):
        return 'A'

class B(A):
    def m(self):
        return 'B' + super().m()

class C(A):
    def m(self):
        return 'C' + super().m()

class D(B, C):
    def m(self):
        return 'D' + super().m()

print(D().m(), B().m(), C().m(), super(B, D()).m())
