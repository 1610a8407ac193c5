import json

data = {"name": "weft", "tags": ["a", "b"], "nested": {"k": [1, {"z": []}], "e": {}}, "n": None}
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=4, sort_keys=True))
print(json.dumps(data, indent="\t"))
print(json.dumps(data, indent=""))
print(json.dumps([1, [2, 3]], indent=0))
print(repr(json.dumps([1, 2], indent=-1)))
print(json.dumps([], indent=2), json.dumps({}, indent=2))
print(json.dumps([1, 2], indent=2, separators=(", ", " = ")))
print(json.dumps({"a": [1, 2]}, indent=1, separators=(",", ":")))
print(repr(json.dumps({"a": 1, "b": 2}, indent=2, separators=(", ", ": "))))
print(json.dumps((1, (2, 3)), indent=3))
