import io
import json

data = {"users": [{"id": i, "name": "user%d" % i, "score": i * 1.5, "active": i % 2 == 0,
                   "tags": ["t%d" % j for j in range(i % 3)]} for i in range(5)],
        "meta": {"count": 5, "unicode": "\u00e9\u00e8 \u2603", "none": None}}
buf = io.StringIO()
json.dump(data, buf)
text = buf.getvalue()
print(text)
print(json.loads(text) == data)
buf.seek(0)
print(json.load(buf) == data)
buf = io.StringIO()
json.dump(data, buf, indent=2, sort_keys=True, ensure_ascii=False)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf, object_pairs_hook=list)[0][0])
out = io.StringIO()
json.dump([1, 2, 3], out, separators=(",", ":"))
print(out.getvalue())
for v in [0, -1, 2**63, 1e16, 1.0, 123.456, "", [], {}, [[]], {"a": {}}]:
    assert json.loads(json.dumps(v)) == v, v
print("roundtrip ok")
