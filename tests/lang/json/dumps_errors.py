import json

for obj in [{1, 2}, b"bytes", object, 1j, [1, {2}], {"a": frozenset()}]:
    try:
        json.dumps(obj)
    except TypeError as e:
        print("TypeError:", e)
for v in [float("nan"), float("inf"), float("-inf"), [1.0, float("inf")]]:
    print(json.dumps(v))
    try:
        json.dumps(v, allow_nan=False)
    except ValueError as e:
        print("ValueError:", e)
try:
    json.dumps({float("nan"): 1}, allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
a = []
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print("ValueError:", e)
d = {}
d["self"] = d
try:
    json.dumps(d)
except ValueError as e:
    print("ValueError:", e)
shared = [1]
print(json.dumps([shared, shared, {"x": shared}]))
try:
    json.dumps({"a": 1}, foo=1)
except TypeError as e:
    print("TypeError")
