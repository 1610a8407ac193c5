import json

s = "caf\u00e9 \u4e2d\u6587 \U0001f600 \u2028 end"
print(json.dumps(s))
print(json.dumps(s, ensure_ascii=False))
print(json.dumps({"cl\u00e9": ["\u00fc", "\U0001d11e"]}))
print(json.dumps({"cl\u00e9": ["\u00fc", "\U0001d11e"]}, ensure_ascii=False))
print(json.dumps("\x7f\x80\xff\u0100\uffff"))
print(json.dumps("\x7f\x80\xff", ensure_ascii=False))
print(json.dumps("ctrl\x01\x1f", ensure_ascii=False))
print(json.loads(json.dumps(s)) == s, json.loads(json.dumps(s, ensure_ascii=False)) == s)
print(json.encoder.encode_basestring_ascii("\u00e9\"") if hasattr(json, "encoder") else "")
from json import encoder
print(encoder.encode_basestring("\u00e9\n"))
