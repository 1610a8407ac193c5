import json

d = {"a": 1, "b": [1, 2, 3], "c": {"d": "e"}}
print(json.dumps(d, separators=(",", ":")))
print(json.dumps(d, separators=(", ", ": ")))
print(json.dumps(d, separators=(" , ", " : ")))
print(json.dumps([1, 2], separators=("|", "=")))
e = json.JSONEncoder(separators=(";", "->"))
print(e.item_separator, e.key_separator)
print(e.encode({"x": [1, 2]}))
e = json.JSONEncoder(indent=2)
print(repr(e.item_separator), repr(e.key_separator))
e = json.JSONEncoder()
print(repr(e.item_separator), repr(e.key_separator))
