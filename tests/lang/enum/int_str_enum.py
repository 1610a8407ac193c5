from enum import IntEnum, Enum, StrEnum


class Http(IntEnum):
    OK = 200
    NOT_FOUND = 404
    ERROR = 500


print(Http.OK, repr(Http.OK), str(Http.OK), f'{Http.OK}', format(Http.NOT_FOUND, '>6'), f'{Http.ERROR:x}')
print(Http.OK == 200, Http.OK < Http.NOT_FOUND, Http.OK + 1, Http.OK * 2, 404 in [Http.NOT_FOUND])
print(Http(404), Http['ERROR'], sorted([Http.ERROR, Http.OK]), max(Http))
print(isinstance(Http.OK, int), int(Http.NOT_FOUND), hash(Http.OK) == hash(200))
print(['a', 'b', 'c'][Http.OK - 199], {200: 'ok'}[Http.OK])
print(list(range(3))[Http.OK // 100])
try:
    Http(201)
except ValueError as e:
    print('ValueError:', e)


class Size(str, Enum):
    SMALL = 's'
    LARGE = 'l'


print(Size.SMALL, repr(Size.SMALL), Size.SMALL == 's', Size.SMALL.upper(), Size('l'))
print(f'{Size.LARGE}', format(Size.LARGE), '%s' % Size.SMALL)


class Method(StrEnum):
    GET = 'GET'
    POST = 'POST'


print(Method.GET, repr(Method.GET), Method.GET == 'GET', f'{Method.POST}', Method.GET + '/x')
print(','.join(Method), sorted(Method))
try:
    class BadStr(StrEnum):
        X = 1
except TypeError as e:
    print('TypeError:', e)


class FloatE(float, Enum):
    PI = 3.14
    E = 2.72


print(FloatE.PI, repr(FloatE.E), FloatE.PI + 1, FloatE(3.14))
