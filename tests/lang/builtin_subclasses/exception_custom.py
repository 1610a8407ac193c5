# User-defined exceptions: custom __init__, __str__, args, attributes.
class AppError(Exception):
    pass


class ValidationError(AppError):
    def __init__(self, field, problem):
        super().__init__(f'{field}: {problem}')
        self.field = field
        self.problem = problem


class NoSuperInit(AppError):
    def __init__(self, code):
        self.code = code


class CustomStr(AppError):
    def __str__(self):
        return 'custom str with args ' + repr(self.args)


for exc in [AppError(), AppError('one'), AppError('a', 2), ValidationError('age', 'negative'),
            NoSuperInit(404), CustomStr('x', 'y')]:
    print(type(exc).__name__, repr(str(exc)), exc.args, repr(exc))
e = ValidationError('name', 'empty')
print(e.field, e.problem, isinstance(e, AppError), isinstance(e, Exception), isinstance(e, BaseException))
try:
    raise ValidationError('x', 'bad')
except AppError as err:
    print('caught as AppError:', type(err).__name__, err)
try:
    raise NoSuperInit(500)
except AppError as err:
    print('code', err.code, err.args, str(err))


class WithDefault(Exception):
    def __init__(self, msg='default message'):
        super().__init__(msg)


print(WithDefault(), WithDefault('given'), repr(WithDefault()))


class ArgsChanged(Exception):
    pass


a = ArgsChanged(1, 2)
a.args = ('replaced',)
print(a, repr(a))
a.args = [1]
print(a.args, type(a.args).__name__)


class KwOnly(Exception):
    def __init__(self, *, reason):
        super().__init__(reason)
        self.reason = reason


k = KwOnly(reason='because')
print(k, k.args, k.reason)
try:
    AppError(x=1)
except TypeError as err:
    print(type(err).__name__, err)
print(AppError.__mro__[1:3], AppError.__bases__, AppError.__name__, AppError.__module__)
