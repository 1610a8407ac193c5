import json
import json.decoder
import json.encoder

print(sorted(n for n in json.__all__))
print(json.JSONDecodeError.__name__, json.JSONDecoder.__name__, json.JSONEncoder.__name__)
print(json.JSONDecodeError.__module__, json.JSONDecoder.__module__, json.JSONEncoder.__module__)
print(json.decoder.JSONDecoder is json.JSONDecoder, json.encoder.JSONEncoder is json.JSONEncoder)
enc = json.JSONEncoder(sort_keys=True, indent=1)
print(enc.sort_keys, enc.indent, enc.skipkeys, enc.ensure_ascii, enc.allow_nan, enc.check_circular)
dec = json.JSONDecoder()
print(dec.strict, dec.object_hook, dec.object_pairs_hook)
print(dec.parse_float is float, dec.parse_int is int)
try:
    json.JSONEncoder(1)
except TypeError:
    print("positional rejected")
try:
    json.dumps([1], 2)
except TypeError:
    print("positional rejected")
try:
    raise json.JSONDecodeError("msg", "doc", 1)
except ValueError as e:
    print(repr(e.msg), e.pos, str(e))
print(json.loads(json.dumps({"k": [1, 2.5, "s", None, True]})))
