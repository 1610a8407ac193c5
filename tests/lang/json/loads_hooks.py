import json
from collections import OrderedDict

doc = '{"b": 1, "a": {"x": 1.5, "y": [2, 3.25]}, "c": [{"k": 10}]}'
print(json.loads(doc, object_hook=lambda d: sorted(d.items())))
print(json.loads(doc, object_pairs_hook=lambda pairs: pairs))
print(json.loads(doc, object_pairs_hook=OrderedDict))
print(json.loads(doc, object_hook=lambda d: "H", object_pairs_hook=lambda p: "P"))
print(json.loads(doc, parse_float=lambda s: "F" + s))
print(json.loads(doc, parse_int=lambda s: int(s) * 100))
print(json.loads('[1.10, 2]', parse_float=str, parse_int=str))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda s: s.lower()))


def hook(d):
    if "__point__" in d:
        return ("point", d["x"], d["y"])
    return d


print(json.loads('[{"__point__": true, "x": 1, "y": 2}, {"z": 3}]', object_hook=hook))
dec = json.JSONDecoder(object_hook=hook)
print(dec.decode('{"__point__": 1, "x": 0, "y": 0}'))
print(dec.raw_decode('[1, 2] trailing'))
print(dec.raw_decode('xx"s"yy', 2))
try:
    dec.raw_decode(' [1]')
except json.JSONDecodeError as e:
    print(e)
try:
    json.loads('{"a": }', object_hook=hook)
except json.JSONDecodeError as e:
    print(e)
print(json.loads('"a\tb"', strict=False))
try:
    json.loads('"a\tb"')
except json.JSONDecodeError as e:
    print(e)


class MyDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.upper, **kw)

    def upper(self, d):
        return {k.upper(): v for k, v in d.items()}


print(json.loads('{"a": {"b": 1}}', cls=MyDecoder))
print(json.loads('{"a": 1.5}', cls=MyDecoder, parse_float=lambda s: s))
calls = []
json.loads('[{"a": {"b": {}}}]', object_hook=lambda d: calls.append(list(d)) or d)
print(calls)
