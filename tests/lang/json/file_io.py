import json
import os

d = 'weft_json_file_tmp'
os.makedirs(d, exist_ok=True)
fn = os.path.join(d, 'data.json')
config = {"version": 3, "servers": [{"host": "a.example", "port": 8080}, {"host": "b.example", "port": 9090}],
          "debug": False, "ratio": 0.75, "name": "caf\u00e9"}
with open(fn, 'w') as f:
    json.dump(config, f, indent=4, sort_keys=True)
with open(fn) as f:
    text = f.read()
print(text)
with open(fn) as f:
    print(json.load(f) == config)
with open(fn, 'w', encoding='utf-8') as f:
    json.dump(config, f, ensure_ascii=False)
with open(fn, 'rb') as f:
    raw = f.read()
print(type(raw).__name__, json.loads(raw)["name"])
with open(fn, 'w') as f:
    f.write('{"broken": [1, 2,, 3]}')
try:
    with open(fn) as f:
        json.load(f)
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
os.remove(fn)
os.rmdir(d)
print(os.path.exists(d))
