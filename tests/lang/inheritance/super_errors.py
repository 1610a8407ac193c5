# super() failure modes: no arguments, no __class__ cell, bad first argument.
def attempt(label, fn):
    try:
        print(label, fn())
    except (RuntimeError, TypeError, AttributeError) as e:
        print(label, type(e).__name__, e)


def plain_function():
    return super()


attempt('module-level function', plain_function)
attempt('lambda', lambda: super())


class A:
    def m(self):
        return 'A.m'


class B(A):
    def no_args():
        return super()

    def deleted_self(self):
        del self
        return super().m()

    def rebound_self(self):
        self = 5
        return super().m()

    def nested(self):
        def inner():
            return super().m()
        return inner()

    def nested_with_arg(self):
        def inner(x):
            return super().m()
        return inner(self)

    def comprehension(self):
        return [super().m() for _ in range(1)]

    def generator(self):
        return list(super().m() for _ in range(1))

    def in_lambda(self):
        return (lambda: super().m())()

    def star_args(*args):
        return super().m()


b = B()
attempt('no args method', B.no_args)
attempt('deleted self', b.deleted_self)
attempt('rebound self', b.rebound_self)
attempt('nested', b.nested)
attempt('nested with arg', b.nested_with_arg)
attempt('comprehension', b.comprehension)
attempt('generator', b.generator)
attempt('lambda in method', b.in_lambda)
attempt('star args', b.star_args)
attempt('through class', lambda: B.comprehension(A()))
attempt('missing attr', lambda: super(B, b).nothing)
attempt('super of object', lambda: super(A, A()).m())
