import json

docs = ['', ' ', '[', '[1', '[1,', '[1,]', '[1 2]', '{', '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a":1,}',
        '{"a" 1}', '{a:1}', "{'a':1}", '{"a":1 "b":2}', '"abc', '"a\x01b"', '"a\\qb"', '"\\u12"', '"\\u12zz"',
        '"ab\\u12"', '"\\ud800\\u12"', '"\\ud800\\x"', '"ab\\"', '"\\U1234"', '1 2', '01', '-', '-a', '1.',
        '1e', '1.5e+', 'nul', 'tru', 'fals', 'nan', 'inf', '[1,2', '"\\', '"\\u', '{"a":1}}', '  x',
        '"\u00e9\x01"', '[1,\n 2,\n x]', '{\n  "a": 1,\n  "b": \n}', '"abc\\', '[1]x', '[-]', '1.5.3',
        '"\t"', '\x00', '[true false]', '{"a":1,,"b":2}', '[,1]', '\ufeff1', 'True', 'None', '\u00e9']
for d in docs:
    try:
        json.loads(d)
        print(repr(d), 'no error')
    except json.JSONDecodeError as e:
        print(repr(d), '|', e, '|', e.msg, e.pos, e.lineno, e.colno, e.doc == d)
for bad in [None, 1, [1], object()]:
    try:
        json.loads(bad)
    except TypeError as e:
        print('TypeError:', e)
print(issubclass(json.JSONDecodeError, ValueError))
try:
    json.loads('[1, 2')
except ValueError as e:
    print(type(e).__name__, type(e).__module__, e.args)
from json.decoder import JSONDecodeError
print(JSONDecodeError is json.JSONDecodeError)
e = json.JSONDecodeError("Boom", "ab\ncd\nef", 7)
print(e, e.lineno, e.colno)
