import json


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def to_dict(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f"cannot serialize {type(o).__name__}")


print(json.dumps([Point(1, 2), {3, 1, 2}], default=to_dict))
print(json.dumps({"p": Point(0, Point(5, 6))}, default=to_dict, indent=1))
try:
    json.dumps(object(), default=to_dict)
except TypeError as e:
    print("TypeError:", e)


class MyEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        if isinstance(o, Point):
            return ("Point", o.x, o.y)
        return super().default(o)


print(json.dumps([1j, 2 + 3j, Point(7, 8)], cls=MyEncoder))
print(MyEncoder(sort_keys=True).encode({"b": 1j, "a": 0}))
print(MyEncoder().encode("just a string"))
print(list(MyEncoder().iterencode([1, 2])) != [])
print("".join(MyEncoder(indent=2).iterencode({"k": [Point(1, 1)]})))
try:
    json.dumps({1, 2}, cls=MyEncoder)
except TypeError as e:
    print("TypeError:", e)


class Loop:
    pass


def loop_default(o):
    return o


try:
    json.dumps(Loop(), default=loop_default)
except ValueError as e:
    print("ValueError:", e)


class ExtraKw(json.JSONEncoder):
    def __init__(self, *, tag="", **kw):
        super().__init__(**kw)
        self.tag = tag

    def encode(self, o):
        return self.tag + super().encode(o)


print(json.dumps([1], cls=ExtraKw, tag="T:"))
