# Methods with defaults, *args, **kwargs, keyword-only and positional-only parameters.
class API:
    def call(self, endpoint, /, method='GET', *params, timeout=10, **headers):
        return endpoint, method, params, timeout, sorted(headers.items())

    def only_pos(self, a, b, /):
        return a + b

    def kw_only(self, *, flag, level=1):
        return flag, level

    def defaults(self, items=[]):
        items.append(len(items))
        return items


api = API()
print(api.call('/x'))
print(api.call('/x', 'POST', 1, 2, timeout=3, auth='t', accept='json'))
print(API.call(api, '/y', method='PUT'))
print(api.only_pos(1, 2), API.only_pos(api, 3, 4))
print(api.kw_only(flag=True), api.kw_only(level=3, flag=False))
print(api.defaults(), api.defaults(), API().defaults(), api.defaults([9]))

for label, fn in [('pos as kw', lambda: api.only_pos(a=1, b=2)),
                  ('endpoint as kw', lambda: api.call(endpoint='/z')),
                  ('kw_only positional', lambda: api.kw_only(True)),
                  ('kw_only missing', lambda: api.kw_only()),
                  ('self twice', lambda: api.call('/x', self=1)),
                  ('too many', lambda: api.only_pos(1, 2, 3))]:
    try:
        print(label, fn())
    except TypeError as e:
        print(label, type(e).__name__, e)


class Var:
    def __init__(self, *args, **kwargs):
        self.args = args
        self.kwargs = kwargs

    def __call__(self, *a, **k):
        return Var(*(self.args + a), **{**self.kwargs, **k})


v = Var(1, a=1)(2, b=2)(3, a=3)
print(v.args, v.kwargs)
args, kwargs = (1, 2), {'c': 3}
print(Var(*args, **kwargs).args, Var(*args, **kwargs).kwargs)
print(API.call.__code__.co_argcount, API.call.__code__.co_posonlyargcount,
      API.call.__code__.co_kwonlyargcount, API.call.__defaults__, API.call.__kwdefaults__)
